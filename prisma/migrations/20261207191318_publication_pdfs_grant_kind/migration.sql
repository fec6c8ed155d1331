-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "grantKind" VARCHAR(50);

-- CreateTable
CREATE TABLE "PublicationPdf" (
    "key" VARCHAR(60) NOT NULL,
    "etag" VARCHAR(40) NOT NULL,
    "pdf" BYTEA NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationPdf_pkey" PRIMARY KEY ("key")
);

