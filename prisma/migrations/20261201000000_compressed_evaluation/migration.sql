-- The evaluation is stored brotli-compressed in "evaluationBrotli". "evaluationJson" stays for the
-- rows saved before, and is null on new ones. (No semicolon in comments: the PostgreSQL driver
-- adapter splits the script on them.)
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerTokenHash" TEXT NOT NULL,
    "name" TEXT,
    "notes" TEXT,
    "answersJson" TEXT NOT NULL,
    "weightsJson" TEXT NOT NULL,
    "evaluationBrotli" BLOB,
    "evaluationJson" TEXT,
    "kbVersion" INTEGER NOT NULL,
    "modelVersion" TEXT NOT NULL,
    "winner" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Recommendation" ("answersJson", "createdAt", "evaluationJson", "id", "kbVersion", "modelVersion", "name", "notes", "ownerTokenHash", "updatedAt", "weightsJson", "winner") SELECT "answersJson", "createdAt", "evaluationJson", "id", "kbVersion", "modelVersion", "name", "notes", "ownerTokenHash", "updatedAt", "weightsJson", "winner" FROM "Recommendation";
DROP TABLE "Recommendation";
ALTER TABLE "new_Recommendation" RENAME TO "Recommendation";
CREATE INDEX "Recommendation_createdAt_idx" ON "Recommendation"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
