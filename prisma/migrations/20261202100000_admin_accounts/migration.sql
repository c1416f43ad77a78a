-- Named admin accounts with roles. Sessions now belong to an account and carry the time they were
-- last used (idle timeout). Sessions of the shared password cannot name an account, so they end.
-- The audit log names the account of every change, and older entries keep "" (the shared password).
-- CreateTable
CREATE TABLE "AdminAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "AdminAccount_name_key" ON "AdminAccount"("name");

-- DropTable
DROP TABLE "AdminSession";

-- CreateTable
CREATE TABLE "AdminSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "AdminSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "AdminAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AdminSession_expiresAt_idx" ON "AdminSession"("expiresAt");

-- CreateIndex
CREATE INDEX "AdminSession_accountId_idx" ON "AdminSession"("accountId");

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "actor" TEXT NOT NULL DEFAULT '';
UPDATE "AuditEntry" SET "actor" = 'system' WHERE "sessionRef" = 'system';
