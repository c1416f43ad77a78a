// How a knowledge-base version is stored: one table, KbDocument, with every entry of every collection
// as one JSON document (version, collection, key, position, body). Each entry is validated by its
// collection's zod schema when written, and the whole version when read, so what the database holds
// is never trusted unchecked and a new field in an entry needs no migration. Takes the client (or a
// transaction) as an argument so the public reads, the admin editor and the seed share one mapping.
import { z } from "zod";
import type { Db } from "@/lib/db/create-client";
import { COLLECTIONS, entryKey, type Collection } from "./entries";
import { knowledgeContentSchema, type KnowledgeContent } from "./schema";

type Writer = Pick<Db, "kbDocument">;

/**
 * Collections added after the first release (December 2026). An upgrade adds the seed's entries of
 * one to a database that never held it (lib/knowledge/seed.ts); from then on it is the admins'.
 */
export const ADDED_COLLECTIONS = [
  "products",
  "prices",
  "exchangeRates",
  "migrationPaths",
  "brokerSupport",
  "platformCapabilities",
] as const satisfies readonly Collection[];
export type AddedCollection = (typeof ADDED_COLLECTIONS)[number];

type Entry = Record<string, unknown>;

/**
 * The order of the collections whose entries have no order of their own: the one they have always
 * been read in (ratings by criterion, then hypervisor; …). The others keep the order they were given.
 */
const SORTED_BY: Partial<Record<Collection, (entry: Entry) => (string | number)[]>> = {
  ratings: (r) => [String(r.criterion), String(r.hypervisor)],
  platformSupport: (s) => [String(s.platform), String(s.hypervisor)],
  capabilities: (c) => [String(c.mustHave), String(c.hypervisor)],
  history: (e) => [Number(e.year), String(e.key)],
};

function compareTuples(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** The zod schema of one entry of `collection`. */
export function entrySchema(collection: Collection): z.ZodType<Entry> {
  const field = knowledgeContentSchema.shape[collection] as z.ZodType;
  const list = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
  return (list as z.ZodArray<z.ZodType<Entry>>).element;
}

/** The rows that store `content` (validated first), in each collection's order. */
export function documentsOf(content: KnowledgeContent) {
  const valid = knowledgeContentSchema.parse(content);
  return COLLECTIONS.flatMap((collection) => {
    const entries = valid[collection] as Entry[];
    const sortKey = SORTED_BY[collection];
    const ordered = sortKey ? [...entries].sort((a, b) => compareTuples(sortKey(a), sortKey(b))) : entries;
    return ordered.map((entry, position) => ({
      collection,
      key: entryKey(collection, entry as never),
      position,
      bodyJson: JSON.stringify(entry),
    }));
  });
}

/** Writes `content` as the documents of version `versionId` (a new version: it has none yet). */
export async function writeVersionDocuments(db: Writer, versionId: number, content: KnowledgeContent): Promise<void> {
  await db.kbDocument.createMany({ data: documentsOf(content).map((row) => ({ ...row, versionId })) });
}

/**
 * Replaces one entry of a draft, in a statement that matches only while the version is still a
 * draft (a published entry can never change). False when nothing matched: the draft is gone, or it
 * has no entry with that key.
 */
export async function replaceDraftEntry(
  db: Writer,
  versionId: number,
  collection: Collection,
  entry: Entry,
): Promise<boolean> {
  const valid = entrySchema(collection).parse(entry);
  const { count } = await db.kbDocument.updateMany({
    where: { versionId, version: { status: "draft" }, collection, key: entryKey(collection, valid as never) },
    data: { bodyJson: JSON.stringify(valid) },
  });
  return count === 1;
}

/** Version `versionId`'s content, every entry checked by its collection's schema. */
export async function readVersionContent(db: Writer, versionId: number): Promise<KnowledgeContent> {
  const documents = await db.kbDocument.findMany({
    where: { versionId },
    orderBy: [{ collection: "asc" }, { position: "asc" }],
    select: { collection: true, bodyJson: true },
  });
  const content: Record<string, unknown[]> = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
  for (const { collection, bodyJson } of documents) (content[collection] ??= []).push(JSON.parse(bodyJson));
  return knowledgeContentSchema.parse(content);
}
