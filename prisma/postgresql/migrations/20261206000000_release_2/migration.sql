-- AlterTable
ALTER TABLE "Source" DROP COLUMN "supports",
ADD COLUMN     "aboutKk" TEXT,
ADD COLUMN     "aboutRu" TEXT;

-- AlterTable
ALTER TABLE "Town" ADD COLUMN     "leftListBasisKk" TEXT,
ADD COLUMN     "leftListReasonKk" TEXT,
ADD COLUMN     "notesKk" TEXT;

-- AlterTable
ALTER TABLE "TownName" ADD COLUMN     "nameKk" TEXT;

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "industryKk" TEXT,
ADD COLUMN     "nameKk" TEXT,
ADD COLUMN     "ownerKk" TEXT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "noteKk" TEXT;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "noteKk" TEXT,
ADD COLUMN     "scope" TEXT,
ADD COLUMN     "textKk" TEXT;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "amountOtherKk" TEXT,
ADD COLUMN     "noteKk" TEXT;

-- AlterTable
ALTER TABLE "Discrepancy" ADD COLUMN     "explanationKk" TEXT,
ADD COLUMN     "explanationRu" TEXT,
ADD COLUMN     "topicKk" TEXT,
ADD COLUMN     "townIds" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "kept" INTEGER NOT NULL DEFAULT 0,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseConflict" (
    "id" SERIAL NOT NULL,
    "releaseId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "townId" TEXT,
    "field" TEXT NOT NULL,
    "releaseValue" TEXT,
    "keptValue" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReleaseConflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReleaseConflict_townId_idx" ON "ReleaseConflict"("townId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseConflict_releaseId_entity_entityId_field_key" ON "ReleaseConflict"("releaseId", "entity", "entityId", "field");

-- AlterTable
ALTER TABLE "SeedRecord" ADD COLUMN     "values" TEXT;
