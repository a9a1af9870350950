-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "setupBy" BIGINT,
ADD COLUMN "chatTitle" TEXT;

-- CreateIndex
CREATE INDEX "Subscription_setupBy_idx" ON "Subscription"("setupBy");
