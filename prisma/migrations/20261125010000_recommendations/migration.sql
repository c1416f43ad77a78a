-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerTokenHash" TEXT NOT NULL,
    "name" TEXT,
    "notes" TEXT,
    "answersJson" TEXT NOT NULL,
    "weightsJson" TEXT NOT NULL,
    "evaluationJson" TEXT NOT NULL,
    "kbVersion" INTEGER NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "winner" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Recommendation_createdAt_idx" ON "Recommendation"("createdAt");

