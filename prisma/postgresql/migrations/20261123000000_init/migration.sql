-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT,
    "date" TEXT,
    "url" TEXT,
    "grade" TEXT NOT NULL,
    "supports" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tier" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelKk" TEXT NOT NULL,
    "labelKkOfficial" BOOLEAN NOT NULL DEFAULT false,
    "descriptionRu" TEXT,
    "descriptionKk" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "Tier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Town" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Town_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TownName" (
    "id" SERIAL NOT NULL,
    "townId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "until" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "TownName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" TEXT NOT NULL,
    "townId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT,
    "owner" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "townId" TEXT,
    "period" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelKk" TEXT NOT NULL,
    "approved" TEXT,
    "note" TEXT,
    "sourceId" TEXT,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "townId" TEXT,
    "planId" TEXT,
    "key" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountKztBn" DOUBLE PRECISION,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureTown" (
    "measureId" TEXT NOT NULL,
    "townId" TEXT NOT NULL,

    CONSTRAINT "MeasureTown_pkey" PRIMARY KEY ("measureId","townId")
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "preferred" TEXT,
    "sourceIds" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Discrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" BIGINT NOT NULL,
    "language" TEXT,
    "languageCode" TEXT,
    "role" TEXT NOT NULL DEFAULT 'reader',
    "firstName" TEXT,
    "username" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chat" (
    "id" BIGINT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT,
    "language" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Chat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedRecord" (
    "table" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "SeedRecord_pkey" PRIMARY KEY ("table","id")
);

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Meta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "TownName_townId_kind_name_key" ON "TownName"("townId", "kind", "name");

-- CreateIndex
CREATE INDEX "Figure_townId_idx" ON "Figure"("townId");

-- CreateIndex
CREATE INDEX "MeasureTown_townId_idx" ON "MeasureTown"("townId");

-- AddForeignKey
ALTER TABLE "Tier" ADD CONSTRAINT "Tier_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Town" ADD CONSTRAINT "Town_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "Tier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TownName" ADD CONSTRAINT "TownName_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTown" ADD CONSTRAINT "MeasureTown_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureTown" ADD CONSTRAINT "MeasureTown_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE CASCADE ON UPDATE CASCADE;

