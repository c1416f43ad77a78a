-- One table for the knowledge base: every entry of every collection becomes a versioned JSON document
-- in "KbDocument" (version, collection, key, position, body), validated by the zod schema of its collection
-- when written and read (lib/knowledge/documents.ts). The seven tables whose columns were only ever
-- written and read back whole are carried across unchanged and dropped, so adding a field to an entry
-- needs no migration. Positions keep the order each table was read in: hypervisors, criteria and
-- platforms by their position, ratings by criterion then hypervisor, platform support by platform then
-- hypervisor, must-have capabilities by must-have then hypervisor, history by year then key.
-- (No semicolons or apostrophes in these comments: the migrate engine splits the script on them.)

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'hypervisors', "key", "position",
    json_build_object('id', "key", 'name', "name", 'vendor', "vendor", 'products', "products"::json, 'licence', "licence",
        'openSource', "openSource", 'summary', "summary",
        'sources', "sourcesJson"::json, 'asOf', "asOf")::text
FROM "Hypervisor";

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'criteria', "key", "position",
    json_build_object('key', "key", 'name', "name", 'description', "description", 'defaultWeight', "defaultWeight",
        'kind', "kind")::text
FROM "Criterion";

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'ratings', "hypervisorKey" || '/' || "criterionKey",
    (ROW_NUMBER() OVER (PARTITION BY "versionId" ORDER BY "criterionKey", "hypervisorKey") - 1)::integer,
    json_build_object('hypervisor', "hypervisorKey", 'criterion', "criterionKey", 'score', "score", 'rationale', "rationale",
        'sources', "sourcesJson"::json, 'asOf', "asOf")::text
FROM "Rating";

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'platforms', "key", "position",
    CASE WHEN "fit" IS NULL
        THEN json_build_object('id', "key", 'name', "name", 'description', "description")
        ELSE json_build_object('id', "key", 'name', "name", 'description', "description", 'fit', "fit")
    END::text
FROM "Platform";

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'platformSupport', "platformKey" || '/' || "hypervisorKey",
    (ROW_NUMBER() OVER (PARTITION BY "versionId" ORDER BY "platformKey", "hypervisorKey") - 1)::integer,
    json_build_object('platform', "platformKey", 'hypervisor', "hypervisorKey", 'level', "level", 'note', "note",
        'sources', "sourcesJson"::json, 'asOf', "asOf")::text
FROM "PlatformSupport";

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'capabilities', "hypervisorKey" || '/' || "mustHave",
    (ROW_NUMBER() OVER (PARTITION BY "versionId" ORDER BY "mustHave", "hypervisorKey") - 1)::integer,
    json_build_object('hypervisor', "hypervisorKey", 'mustHave', "mustHave",
        'met', "met", 'note', "note",
        'sources', "sourcesJson"::json, 'asOf', "asOf")::text
FROM "Capability";

INSERT INTO "KbDocument" ("versionId", "collection", "key", "position", "bodyJson")
SELECT "versionId", 'history', "key",
    (ROW_NUMBER() OVER (PARTITION BY "versionId" ORDER BY "year", "key") - 1)::integer,
    json_build_object('key', "key", 'year', "year", 'title', "title", 'body', "body", 'hypervisors', "hypervisors"::json,
        'sources', "sourcesJson"::json)::text
FROM "HistoryEvent";

-- DropTable
DROP TABLE "Hypervisor";
DROP TABLE "Criterion";
DROP TABLE "Rating";
DROP TABLE "Platform";
DROP TABLE "PlatformSupport";
DROP TABLE "Capability";
DROP TABLE "HistoryEvent";
