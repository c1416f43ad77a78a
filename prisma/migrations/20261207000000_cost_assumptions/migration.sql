-- The cost model's assumptions a recommendation was evaluated with (owned Windows licences, term,
-- renewal date, day rate, discount rate), beside its answers, weights and quotes. Rows saved before
-- 2026-12-07 used the defaults, which the empty object means.
ALTER TABLE "Recommendation" ADD COLUMN "assumptionsJson" TEXT NOT NULL DEFAULT '{}';
