-- AlterTable
ALTER TABLE "Town" ADD COLUMN "leftListBasisKk" TEXT;
ALTER TABLE "Town" ADD COLUMN "leftListReasonKk" TEXT;
ALTER TABLE "Town" ADD COLUMN "notesKk" TEXT;

-- AlterTable
ALTER TABLE "TownName" ADD COLUMN "nameKk" TEXT;

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN "industryKk" TEXT;
ALTER TABLE "Enterprise" ADD COLUMN "nameKk" TEXT;
ALTER TABLE "Enterprise" ADD COLUMN "ownerKk" TEXT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "noteKk" TEXT;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "noteKk" TEXT;
ALTER TABLE "Figure" ADD COLUMN "scope" TEXT;
ALTER TABLE "Figure" ADD COLUMN "textKk" TEXT;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN "amountOtherKk" TEXT;
ALTER TABLE "Measure" ADD COLUMN "noteKk" TEXT;

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "schemaVersion" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "kept" INTEGER NOT NULL DEFAULT 0,
    "appliedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReleaseConflict" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "releaseId" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "townId" TEXT,
    "field" TEXT NOT NULL,
    "releaseValue" TEXT,
    "keptValue" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publisher" TEXT NOT NULL,
    "title" TEXT,
    "date" TEXT,
    "url" TEXT,
    "grade" TEXT NOT NULL,
    "aboutRu" TEXT,
    "aboutKk" TEXT
);
INSERT INTO "new_Source" ("date", "grade", "id", "publisher", "title", "url") SELECT "date", "grade", "id", "publisher", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE TABLE "new_Discrepancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topic" TEXT NOT NULL,
    "topicKk" TEXT,
    "townIds" TEXT NOT NULL DEFAULT '[]',
    "values" TEXT NOT NULL,
    "preferred" TEXT,
    "explanationRu" TEXT,
    "explanationKk" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO "new_Discrepancy" ("id", "preferred", "sourceIds", "topic", "values") SELECT "id", "preferred", "sourceIds", "topic", "values" FROM "Discrepancy";
DROP TABLE "Discrepancy";
ALTER TABLE "new_Discrepancy" RENAME TO "Discrepancy";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ReleaseConflict_townId_idx" ON "ReleaseConflict"("townId");

-- CreateIndex
CREATE UNIQUE INDEX "ReleaseConflict_releaseId_entity_entityId_field_key" ON "ReleaseConflict"("releaseId", "entity", "entityId", "field");


-- AlterTable
ALTER TABLE "SeedRecord" ADD COLUMN "values" TEXT;
