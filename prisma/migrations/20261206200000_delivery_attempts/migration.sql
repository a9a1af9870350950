-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "partsAttempted" INTEGER NOT NULL DEFAULT 0;
