-- AlterEnum
ALTER TYPE "CommentKind" ADD VALUE 'SELF_APPROVAL';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "amountsEditedById" INTEGER,
ADD COLUMN     "submittedById" INTEGER;

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "isRetired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLogins",
DROP COLUMN "lockedUntil";

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" VARCHAR(200) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_amountsEditedById_fkey" FOREIGN KEY ("amountsEditedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

