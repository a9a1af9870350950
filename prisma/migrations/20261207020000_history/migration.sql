-- AlterTable
ALTER TABLE "Town" ADD COLUMN "leftListDate" TEXT;
ALTER TABLE "Town" ADD COLUMN "regionFormerRu" TEXT;
ALTER TABLE "Town" ADD COLUMN "regionFormerKk" TEXT;
ALTER TABLE "Town" ADD COLUMN "regionChangedOn" TEXT;
ALTER TABLE "Town" ADD COLUMN "regionChangeSourceId" TEXT;
