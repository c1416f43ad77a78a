-- CreateTable
CREATE TABLE "KbVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Hypervisor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "products" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "openSource" BOOLEAN NOT NULL,
    "summary" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    CONSTRAINT "Hypervisor_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "defaultWeight" REAL NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "Criterion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "hypervisorKey" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "rationale" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    CONSTRAINT "Rating_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Platform" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "Platform_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlatformSupport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "hypervisorKey" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    CONSTRAINT "PlatformSupport_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Capability" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "hypervisorKey" TEXT NOT NULL,
    "mustHave" TEXT NOT NULL,
    "met" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    CONSTRAINT "Capability_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HistoryEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hypervisors" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    CONSTRAINT "HistoryEvent_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "KbVersion_number_key" ON "KbVersion"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Hypervisor_versionId_key_key" ON "Hypervisor"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_versionId_key_key" ON "Criterion"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_versionId_hypervisorKey_criterionKey_key" ON "Rating"("versionId", "hypervisorKey", "criterionKey");

-- CreateIndex
CREATE UNIQUE INDEX "Platform_versionId_key_key" ON "Platform"("versionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformSupport_versionId_platformKey_hypervisorKey_key" ON "PlatformSupport"("versionId", "platformKey", "hypervisorKey");

-- CreateIndex
CREATE UNIQUE INDEX "Capability_versionId_hypervisorKey_mustHave_key" ON "Capability"("versionId", "hypervisorKey", "mustHave");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryEvent_versionId_key_key" ON "HistoryEvent"("versionId", "key");

