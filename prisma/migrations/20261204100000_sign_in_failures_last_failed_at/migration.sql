-- CreateIndex
CREATE INDEX "sign_in_failures_last_failed_at_idx" ON "sign_in_failures"("last_failed_at");
