-- CreateEnum
CREATE TYPE "protest_kind" AS ENUM ('bilateral_protest', 'letter_to_president', 'article_8_2_request', 'meeting_statement', 'article_8_5_request', 'article_8_8_mission', 'other');

-- CreateEnum
CREATE TYPE "protest_status" AS ENUM ('draft', 'sent', 'acknowledged', 'response_received', 'closed');

-- CreateTable
CREATE TABLE "protests" (
    "id" SERIAL NOT NULL,
    "reference" VARCHAR(20) NOT NULL,
    "kind" "protest_kind" NOT NULL,
    "from_state" CHAR(2) NOT NULL,
    "recipient" VARCHAR(40) NOT NULL,
    "sent_on" DATE,
    "document_reference" VARCHAR(200),
    "response_due_on" DATE,
    "response_received_on" DATE,
    "response_summary" VARCHAR(5000),
    "notes" VARCHAR(5000),
    "status" "protest_status" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submission_key" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "protests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "protest_incidents" (
    "protest_id" INTEGER NOT NULL,
    "incident_id" INTEGER NOT NULL,

    CONSTRAINT "protest_incidents_pkey" PRIMARY KEY ("protest_id","incident_id")
);

-- CreateTable
CREATE TABLE "protest_status_changes" (
    "id" SERIAL NOT NULL,
    "protest_id" INTEGER NOT NULL,
    "changed_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "from_status" "protest_status",
    "to_status" "protest_status" NOT NULL,
    "note" VARCHAR(2000),

    CONSTRAINT "protest_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "protests_reference_key" ON "protests"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "protests_submission_key_key" ON "protests"("submission_key");

-- CreateIndex
CREATE INDEX "protests_status_response_due_on_idx" ON "protests"("status", "response_due_on");

-- CreateIndex
CREATE INDEX "protests_sent_on_idx" ON "protests"("sent_on");

-- CreateIndex
CREATE INDEX "protest_incidents_incident_id_idx" ON "protest_incidents"("incident_id");

-- CreateIndex
CREATE INDEX "protest_status_changes_protest_id_recorded_at_idx" ON "protest_status_changes"("protest_id", "recorded_at");

-- AddForeignKey
ALTER TABLE "protest_incidents" ADD CONSTRAINT "protest_incidents_protest_id_fkey" FOREIGN KEY ("protest_id") REFERENCES "protests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protest_incidents" ADD CONSTRAINT "protest_incidents_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "protest_status_changes" ADD CONSTRAINT "protest_status_changes_protest_id_fkey" FOREIGN KEY ("protest_id") REFERENCES "protests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
