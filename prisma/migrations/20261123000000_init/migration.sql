-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publisher" TEXT NOT NULL,
    "title" TEXT,
    "date" TEXT,
    "url" TEXT,
    "grade" TEXT NOT NULL,
    "supports" TEXT
);

-- CreateTable
CREATE TABLE "Tier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelKk" TEXT NOT NULL,
    "labelKkOfficial" BOOLEAN NOT NULL DEFAULT false,
    "descriptionRu" TEXT,
    "descriptionKk" TEXT,
    "sourceId" TEXT,
    CONSTRAINT "Tier_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Town" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "regionRu" TEXT NOT NULL,
    "regionKk" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "tierId" TEXT,
    "industrialZonePlanned" BOOLEAN NOT NULL DEFAULT false,
    "inPlan2023_2025" BOOLEAN NOT NULL DEFAULT false,
    "notesRu" TEXT,
    "leftListBasis" TEXT,
    "leftListReason" TEXT,
    "leftListSourceId" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Town_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "Tier" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TownName" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "townId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "until" TEXT,
    "sourceId" TEXT,
    CONSTRAINT "TownName_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "townId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT,
    "owner" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Enterprise_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "townId" TEXT,
    "period" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelKk" TEXT NOT NULL,
    "approved" TEXT,
    "note" TEXT,
    "sourceId" TEXT,
    CONSTRAINT "Plan_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Plan_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "townId" TEXT,
    "planId" TEXT,
    "key" TEXT NOT NULL,
    "value" REAL,
    "text" TEXT,
    "unit" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT 'exact',
    "component" TEXT,
    "period" TEXT,
    "asOf" TEXT,
    "labelRu" TEXT,
    "labelKk" TEXT,
    "formula" TEXT,
    "note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Figure_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Figure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountKztBn" REAL,
    "amountOther" TEXT,
    "amountQualifier" TEXT,
    "jobs" INTEGER,
    "deadline" TEXT,
    "deadlineHistory" TEXT NOT NULL DEFAULT '[]',
    "doneOn" TEXT,
    "planLink" TEXT,
    "owner" TEXT,
    "asOf" TEXT,
    "note" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MeasureTown" (
    "measureId" TEXT NOT NULL,
    "townId" TEXT NOT NULL,

    PRIMARY KEY ("measureId", "townId"),
    CONSTRAINT "MeasureTown_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeasureTown_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topic" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "preferred" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]'
);

-- CreateTable
CREATE TABLE "User" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "language" TEXT,
    "languageCode" TEXT,
    "role" TEXT NOT NULL DEFAULT 'reader',
    "firstName" TEXT,
    "username" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Chat" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "title" TEXT,
    "language" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SeedRecord" (
    "table" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    PRIMARY KEY ("table", "id")
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "TownName_townId_kind_name_key" ON "TownName"("townId", "kind", "name");

-- CreateIndex
CREATE INDEX "Figure_townId_idx" ON "Figure"("townId");

-- CreateIndex
CREATE INDEX "MeasureTown_townId_idx" ON "MeasureTown"("townId");

