-- AlterEnum
ALTER TYPE "audit_action" ADD VALUE 'sign_in_unlock';

-- CreateTable
CREATE TABLE "sign_in_failures" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "last_failed_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("email")
);
