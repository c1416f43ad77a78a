-- The plan collections of the knowledge base (products, prices, exchange rates, migration paths),
-- one JSON document per entry, and the quotes a saved recommendation was computed with.
-- CreateTable
CREATE TABLE "KbDocument" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "collection" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "bodyJson" TEXT NOT NULL,

    CONSTRAINT "KbDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KbDocument_versionId_collection_key_key" ON "KbDocument"("versionId", "collection", "key");

-- AddForeignKey
ALTER TABLE "KbDocument" ADD CONSTRAINT "KbDocument_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "quotesJson" TEXT NOT NULL DEFAULT '{}';
