-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "ownerTokenHash" TEXT NOT NULL,
    "name" TEXT,
    "notes" TEXT,
    "answersJson" TEXT NOT NULL,
    "weightsJson" TEXT NOT NULL,
    "evaluationJson" TEXT NOT NULL,
    "kbVersion" INTEGER NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "winner" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Recommendation_createdAt_idx" ON "Recommendation"("createdAt");

