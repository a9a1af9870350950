-- CreateTable
CREATE TABLE "Subscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chatId" BIGINT NOT NULL,
    "scope" TEXT NOT NULL,
    "townIds" TEXT NOT NULL DEFAULT '[]',
    "tierId" TEXT,
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "hour" INTEGER NOT NULL DEFAULT 9,
    "minute" INTEGER NOT NULL DEFAULT 0,
    "language" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'active',
    "stopReason" TEXT,
    "nextDueAt" DATETIME NOT NULL,
    "lastStateId" INTEGER,
    "lastSentAt" DATETIME,
    "createdBy" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subscriptionId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "partsSent" INTEGER NOT NULL DEFAULT 0,
    "parts" INTEGER,
    "stateId" INTEGER,
    "error" TEXT,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConversationState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Subscription_state_nextDueAt_idx" ON "Subscription"("state", "nextDueAt");

-- CreateIndex
CREATE INDEX "Subscription_chatId_idx" ON "Subscription"("chatId");

-- CreateIndex
CREATE INDEX "Delivery_status_notBefore_idx" ON "Delivery"("status", "notBefore");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_subscriptionId_period_key" ON "Delivery"("subscriptionId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "DigestState_hash_key" ON "DigestState"("hash");

