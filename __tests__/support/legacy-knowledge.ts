// How the releases before the single knowledge-base table stored a version (up to the 2026-12-02
// migrations): seven tables with a column per field (Hypervisor, Criterion, Rating, Platform,
// PlatformSupport, Capability, HistoryEvent) and KbDocument for the plan collections only. Written
// here with plain SQL, as those releases wrote them, so the storage migration can be tested on a
// database like the ones deployed.
import type { Db } from "@/lib/db/create-client";
import { ADDED_COLLECTIONS } from "@/lib/knowledge/documents";
import { entryKey } from "@/lib/knowledge/entries";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { testProvider } from "./test-database";

/** SQLite stored booleans as 0 and 1. */
const bool = (value: boolean) => (testProvider === "sqlite" ? (value ? 1 : 0) : value);
const json = JSON.stringify;

export async function writeLegacyVersion(
  db: Db,
  version: { number: number; status: "published" | "draft"; note: string; content: KnowledgeContent },
): Promise<void> {
  const { number, status, note, content } = version;
  await db.$transaction(async (tx) => {
    const { id } = await tx.kbVersion.create({
      data: { number, status, note, publishedAt: status === "published" ? new Date() : null },
      select: { id: true },
    });
    for (const [position, h] of content.hypervisors.entries()) {
      await tx.$executeRaw`INSERT INTO "Hypervisor" ("versionId", "key", "position", "name", "vendor", "products", "licence", "openSource", "summary", "sourcesJson", "asOf")
        VALUES (${id}, ${h.id}, ${position}, ${h.name}, ${h.vendor}, ${json(h.products)}, ${h.licence}, ${bool(h.openSource)}, ${h.summary}, ${json(h.sources)}, ${h.asOf})`;
    }
    for (const [position, c] of content.criteria.entries()) {
      await tx.$executeRaw`INSERT INTO "Criterion" ("versionId", "key", "position", "name", "description", "defaultWeight", "kind")
        VALUES (${id}, ${c.key}, ${position}, ${c.name}, ${c.description}, ${c.defaultWeight}, ${c.kind})`;
    }
    for (const r of content.ratings) {
      await tx.$executeRaw`INSERT INTO "Rating" ("versionId", "hypervisorKey", "criterionKey", "score", "rationale", "sourcesJson", "asOf")
        VALUES (${id}, ${r.hypervisor}, ${r.criterion}, ${r.score}, ${r.rationale}, ${json(r.sources)}, ${r.asOf})`;
    }
    for (const [position, p] of content.platforms.entries()) {
      await tx.$executeRaw`INSERT INTO "Platform" ("versionId", "key", "position", "name", "description", "fit")
        VALUES (${id}, ${p.id}, ${position}, ${p.name}, ${p.description}, ${p.fit ?? null})`;
    }
    for (const s of content.platformSupport) {
      await tx.$executeRaw`INSERT INTO "PlatformSupport" ("versionId", "platformKey", "hypervisorKey", "level", "note", "sourcesJson", "asOf")
        VALUES (${id}, ${s.platform}, ${s.hypervisor}, ${s.level}, ${s.note}, ${json(s.sources)}, ${s.asOf})`;
    }
    for (const c of content.capabilities) {
      await tx.$executeRaw`INSERT INTO "Capability" ("versionId", "hypervisorKey", "mustHave", "met", "note", "sourcesJson", "asOf")
        VALUES (${id}, ${c.hypervisor}, ${c.mustHave}, ${bool(c.met)}, ${c.note}, ${json(c.sources)}, ${c.asOf})`;
    }
    for (const e of content.history) {
      await tx.$executeRaw`INSERT INTO "HistoryEvent" ("versionId", "key", "year", "title", "body", "hypervisors", "sourcesJson")
        VALUES (${id}, ${e.key}, ${e.year}, ${e.title}, ${e.body}, ${json(e.hypervisors)}, ${json(e.sources)})`;
    }
    // The plan collections (all added in December 2026) were JSON documents already.
    const documents = ADDED_COLLECTIONS.flatMap((collection) =>
      (content[collection] as object[]).map((entry, position) => ({
        versionId: id,
        collection,
        key: entryKey(collection, entry as never),
        position,
        bodyJson: json(entry),
      })),
    );
    if (documents.length > 0) await tx.kbDocument.createMany({ data: documents });
  });
}
