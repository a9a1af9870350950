-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "reporterId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "lang" TEXT NOT NULL,
    "townId" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetLabel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT,
    "newValue" TEXT,
    "sourceUrl" TEXT,
    "comment" TEXT,
    "state" TEXT NOT NULL DEFAULT 'open',
    "reason" TEXT,
    "handledBy" BIGINT,
    "handledAt" TIMESTAMP(3),
    "duplicateOf" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Report_state_createdAt_idx" ON "Report"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Report_reporterId_createdAt_idx" ON "Report"("reporterId", "createdAt");

