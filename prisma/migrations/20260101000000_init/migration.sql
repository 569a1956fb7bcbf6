-- CreateEnum
CREATE TYPE "device_type" AS ENUM ('anti_personnel_mine', 'anti_vehicle_mine', 'improvised_mine', 'other_erw', 'unknown');

-- CreateEnum
CREATE TYPE "emplacement" AS ENUM ('newly_laid', 'legacy', 'undetermined');

-- CreateEnum
CREATE TYPE "activity" AS ENUM ('patrol', 'demining', 'military_operation', 'livelihood', 'travel', 'other', 'unknown');

-- CreateEnum
CREATE TYPE "verification" AS ENUM ('reported', 'corroborated', 'verified', 'disputed');

-- CreateEnum
CREATE TYPE "casualty_category" AS ENUM ('military', 'deminer', 'civilian', 'police', 'unknown');

-- CreateEnum
CREATE TYPE "casualty_outcome" AS ENUM ('killed', 'injured');

-- CreateEnum
CREATE TYPE "sex" AS ENUM ('female', 'male', 'unknown');

-- CreateTable
CREATE TABLE "countries" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "countries_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "provinces" (
    "code" VARCHAR(6) NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "provinces_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "incidents" (
    "id" SERIAL NOT NULL,
    "reference" VARCHAR(20) NOT NULL,
    "occurred_on" DATE NOT NULL,
    "occurred_at" TIME(0),
    "country_code" CHAR(2) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "locality" VARCHAR(300),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "device_type" "device_type" NOT NULL,
    "device_model" VARCHAR(120),
    "emplacement" "emplacement" NOT NULL,
    "emplacement_basis" VARCHAR(1000),
    "activity" "activity" NOT NULL,
    "summary" TEXT NOT NULL,
    "verification" "verification" NOT NULL DEFAULT 'reported',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submission_key" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "casualties" (
    "id" SERIAL NOT NULL,
    "incident_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "category" "casualty_category" NOT NULL,
    "outcome" "casualty_outcome" NOT NULL,
    "nationality" CHAR(2),
    "sex" "sex" NOT NULL DEFAULT 'unknown',
    "age" INTEGER,
    "injuries" VARCHAR(1000),
    "unit" VARCHAR(300),

    CONSTRAINT "casualties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" SERIAL NOT NULL,
    "incident_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "outlet" VARCHAR(300) NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "published_on" DATE,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reference_counters" (
    "scope" VARCHAR(20) NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "reference_counters_pkey" PRIMARY KEY ("scope")
);

-- CreateIndex
CREATE INDEX "provinces_country_code_idx" ON "provinces"("country_code");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_reference_key" ON "incidents"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_submission_key_key" ON "incidents"("submission_key");

-- CreateIndex
CREATE INDEX "incidents_occurred_on_id_idx" ON "incidents"("occurred_on" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "incidents_country_code_occurred_on_idx" ON "incidents"("country_code", "occurred_on");

-- CreateIndex
CREATE INDEX "incidents_province_code_occurred_on_idx" ON "incidents"("province_code", "occurred_on");

-- CreateIndex
CREATE INDEX "incidents_device_type_idx" ON "incidents"("device_type");

-- CreateIndex
CREATE INDEX "incidents_emplacement_idx" ON "incidents"("emplacement");

-- CreateIndex
CREATE INDEX "incidents_verification_idx" ON "incidents"("verification");

-- CreateIndex
CREATE INDEX "casualties_incident_id_outcome_category_idx" ON "casualties"("incident_id", "outcome", "category");

-- CreateIndex
CREATE INDEX "sources_incident_id_idx" ON "sources"("incident_id");

-- AddForeignKey
ALTER TABLE "provinces" ADD CONSTRAINT "provinces_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "casualties" ADD CONSTRAINT "casualties_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
