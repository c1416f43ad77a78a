-- What "fits this platform" rates on each platform, in one sentence (public clouds: the landing path)
-- AlterTable
ALTER TABLE "Platform" ADD COLUMN "fit" TEXT;
