-- The plan collections of the knowledge base (products, prices, exchange rates, migration paths),
-- one JSON document per entry, and the quotes a saved recommendation was computed with.
-- CreateTable
CREATE TABLE "KbDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "collection" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "bodyJson" TEXT NOT NULL,
    CONSTRAINT "KbDocument_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "KbDocument_versionId_collection_key_key" ON "KbDocument"("versionId", "collection", "key");

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN "quotesJson" TEXT NOT NULL DEFAULT '{}';
