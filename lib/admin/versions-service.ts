// Knowledge-base versions as the admin area sees them: the list, one version's content (draft or
// published), and the working copy (the draft if there is one, else the latest published version).
import "server-only";
import type { Db } from "@/lib/db/create-client";
import { getDb } from "@/lib/db/client";
import { contentFingerprint } from "@/lib/knowledge/fingerprint";
import { readVersionContent } from "@/lib/knowledge/documents";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { KnowledgeBaseMissingError } from "@/lib/knowledge/service";

type Reader = Pick<Db, "kbVersion">;

export type VersionSummary = {
  number: number;
  status: "draft" | "published";
  note: string;
  createdAt: string;
  publishedAt: string | null;
};

const versionFields = { id: true, number: true, status: true, note: true, createdAt: true, publishedAt: true } as const;

export function findDraft(db: Reader) {
  return db.kbVersion.findFirst({ where: { status: "draft" }, select: versionFields });
}

export function findLatestPublished(db: Reader) {
  return db.kbVersion.findFirst({ where: { status: "published" }, orderBy: { number: "desc" }, select: versionFields });
}

function toSummary(row: {
  number: number;
  status: string;
  note: string;
  createdAt: Date;
  publishedAt: Date | null;
}): VersionSummary {
  return {
    number: row.number,
    status: row.status === "draft" ? "draft" : "published",
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export async function listVersions(): Promise<VersionSummary[]> {
  const rows = await getDb().kbVersion.findMany({ orderBy: { number: "desc" }, select: versionFields });
  return rows.map(toSummary);
}

export async function getVersionContent(
  number: number,
): Promise<{ version: VersionSummary; content: KnowledgeContent } | null> {
  const db = getDb();
  const row = await db.kbVersion.findUnique({ where: { number }, select: versionFields });
  return row && { version: toSummary(row), content: await readVersionContent(db, row.id) };
}

/** `fingerprint` names this content: a publisher sends it back to say which draft they reviewed. */
export type WorkingKnowledge = {
  version: VersionSummary;
  published: VersionSummary;
  content: KnowledgeContent;
  fingerprint: string;
};

/** What the editor shows and edits: the draft when one exists, otherwise the latest published version. */
export async function getWorkingKnowledge(): Promise<WorkingKnowledge> {
  const db = getDb();
  const [draft, published] = await Promise.all([findDraft(db), findLatestPublished(db)]);
  if (!published) throw new KnowledgeBaseMissingError();
  const version = draft ?? published;
  const content = await readVersionContent(db, version.id);
  return {
    version: toSummary(version),
    published: toSummary(published),
    content,
    fingerprint: contentFingerprint(content),
  };
}
