// Reads one version's rows and assembles them into plain content. Takes the client (or a transaction)
// as an argument so the cached public reads and the admin draft editor share one mapping.
import type { Db } from "@/lib/db/create-client";
import { contentFromRows } from "./rows";
import type { KnowledgeContent } from "./schema";

type Reader = Pick<
  Db,
  "hypervisor" | "criterion" | "rating" | "platform" | "platformSupport" | "capability" | "historyEvent" | "kbDocument"
>;

export async function readVersionContent(db: Reader, versionId: number): Promise<KnowledgeContent> {
  const where = { versionId };
  const sources = { sourcesJson: true, asOf: true } as const;
  const [hypervisors, criteria, ratings, platforms, platformSupport, capabilities, historyEvents, documents] =
    await Promise.all([
      db.hypervisor.findMany({
        where,
        orderBy: { position: "asc" },
        select: {
          key: true,
          position: true,
          name: true,
          vendor: true,
          products: true,
          licence: true,
          openSource: true,
          summary: true,
          ...sources,
        },
      }),
      db.criterion.findMany({
        where,
        orderBy: { position: "asc" },
        select: { key: true, position: true, name: true, description: true, defaultWeight: true, kind: true },
      }),
      db.rating.findMany({
        where,
        orderBy: [{ criterionKey: "asc" }, { hypervisorKey: "asc" }],
        select: { hypervisorKey: true, criterionKey: true, score: true, rationale: true, ...sources },
      }),
      db.platform.findMany({
        where,
        orderBy: { position: "asc" },
        select: { key: true, position: true, name: true, description: true, fit: true },
      }),
      db.platformSupport.findMany({
        where,
        orderBy: [{ platformKey: "asc" }, { hypervisorKey: "asc" }],
        select: { platformKey: true, hypervisorKey: true, level: true, note: true, ...sources },
      }),
      db.capability.findMany({
        where,
        orderBy: [{ mustHave: "asc" }, { hypervisorKey: "asc" }],
        select: { hypervisorKey: true, mustHave: true, met: true, note: true, ...sources },
      }),
      db.historyEvent.findMany({
        where,
        orderBy: [{ year: "asc" }, { key: "asc" }],
        select: { key: true, year: true, title: true, body: true, hypervisors: true, sourcesJson: true },
      }),
      db.kbDocument.findMany({
        where,
        orderBy: [{ collection: "asc" }, { position: "asc" }],
        select: { collection: true, key: true, position: true, bodyJson: true },
      }),
    ]);
  return contentFromRows({
    hypervisors,
    criteria,
    ratings,
    platforms,
    platformSupport,
    capabilities,
    historyEvents,
    documents,
  });
}
