-- CreateTable
CREATE TABLE "ChangeSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "userId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "fileName" TEXT,
    "baseVersion" INTEGER NOT NULL,
    "plan" TEXT NOT NULL DEFAULT '[]',
    "undoOfId" INTEGER,
    "undoneById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Change" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "changeSetId" INTEGER NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "townId" TEXT,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "sourceId" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "Change_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ChangeSet_status_createdAt_idx" ON "ChangeSet"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Change_townId_at_idx" ON "Change"("townId", "at");

-- CreateIndex
CREATE INDEX "Change_entity_entityId_idx" ON "Change"("entity", "entityId");


-- The editors' data version starts at 0, so every confirm is a plain compare-and-set.
INSERT OR IGNORE INTO "Meta" ("key", "value") VALUES ('data.version', '0');
