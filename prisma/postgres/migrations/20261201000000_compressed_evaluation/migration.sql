-- The evaluation is stored brotli-compressed in "evaluationBrotli". "evaluationJson" stays for the
-- rows saved before, and is null on new ones. (No semicolon in comments: the PostgreSQL driver
-- adapter splits the script on them.)
-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "evaluationBrotli" BYTEA,
ALTER COLUMN "evaluationJson" DROP NOT NULL;
