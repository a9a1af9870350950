-- CreateTable
CREATE TABLE "ChangeSet" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "userId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "fileName" TEXT,
    "baseVersion" INTEGER NOT NULL,
    "plan" TEXT NOT NULL DEFAULT '[]',
    "undoOfId" INTEGER,
    "undoneById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ChangeSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" SERIAL NOT NULL,
    "changeSetId" INTEGER NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "townId" TEXT,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "sourceId" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChangeSet_status_createdAt_idx" ON "ChangeSet"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Change_townId_at_idx" ON "Change"("townId", "at");

-- CreateIndex
CREATE INDEX "Change_entity_entityId_idx" ON "Change"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "Change" ADD CONSTRAINT "Change_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The editors' data version starts at 0, so every confirm is a plain compare-and-set.
INSERT INTO "Meta" ("key", "value") VALUES ('data.version', '0') ON CONFLICT DO NOTHING;
