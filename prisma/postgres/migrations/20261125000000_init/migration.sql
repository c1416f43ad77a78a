-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "KbVersion" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "KbVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hypervisor" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "Hypervisor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "defaultWeight" DOUBLE PRECISION NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "hypervisorKey" TEXT NOT NULL,
    "criterionKey" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "rationale" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Platform" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Platform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformSupport" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "platformKey" TEXT NOT NULL,
    "hypervisorKey" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,

    CONSTRAINT "PlatformSupport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Capability" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "hypervisorKey" TEXT NOT NULL,
    "mustHave" TEXT NOT NULL,
    "met" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,

    CONSTRAINT "Capability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryEvent" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hypervisors" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,

    CONSTRAINT "HistoryEvent_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Hypervisor" ADD CONSTRAINT "Hypervisor_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Platform" ADD CONSTRAINT "Platform_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformSupport" ADD CONSTRAINT "PlatformSupport_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEvent" ADD CONSTRAINT "HistoryEvent_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "KbVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

