-- CreateEnum
CREATE TYPE "coordinate_precision" AS ENUM ('exact', 'village', 'district', 'province');

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN "coordinate_precision" "coordinate_precision";
