-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "setupBy" BIGINT;
ALTER TABLE "Subscription" ADD COLUMN "chatTitle" TEXT;

-- CreateIndex
CREATE INDEX "Subscription_setupBy_idx" ON "Subscription"("setupBy");
