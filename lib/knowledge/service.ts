// Reads the published knowledge base. A published version never changes, so each one is assembled
// from its rows once per process and then served from memory; only "which version is current" is
// asked of the database: on each call, or at most once per RECENT_VERSION_MS on the hot paths.
import "server-only";
import { getDb } from "@/lib/db/client";
import { processCache, processValue } from "@/lib/process-state";
import { readVersionContent } from "./documents";
import type { KnowledgeBase, KnowledgeVersion } from "./schema";

export class KnowledgeBaseMissingError extends Error {
  constructor() {
    super("No published knowledge base: run `npm run db:migrate` to migrate and seed the database.");
    this.name = "KnowledgeBaseMissingError";
  }
}

/**
 * Each published version, assembled once; a process rarely needs more than the current and a few older
 * ones. Bounded by bytes with a per-version estimate (its JSON is about 200 KB, its objects about five
 * times that), since a version is cached as a promise before its size is known.
 */
const KNOWLEDGE_VERSION_BYTES = 1024 * 1024;
const byVersionId = () =>
  processCache<number, Promise<KnowledgeBase>>("knowledge-versions", {
    maxSize: 20 * KNOWLEDGE_VERSION_BYTES,
    sizeCalculation: () => KNOWLEDGE_VERSION_BYTES,
  });

export function versionLabel(number: number): string {
  return `kb-${number}`;
}

async function findLatestPublished() {
  return getDb().kbVersion.findFirst({
    where: { status: "published" },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true, note: true },
  });
}

export async function getPublishedVersion(): Promise<KnowledgeVersion | null> {
  const row = await findLatestPublished();
  return row && toVersion(row);
}

export type CurrentOptions = {
  /**
   * Accept the answer to "which version is current" read up to RECENT_VERSION_MS ago. For the hot
   * paths (evaluate, save), where a query per request would cost a fifth of the work; whatever they
   * compute names the version it used. The model API, the pages and the admin ask every time.
   */
  recent?: boolean;
};

/** How long a recent answer is trusted: a publish through another instance reaches the hot paths within it. */
export const RECENT_VERSION_MS = 1_000;

/**
 * The last answer to "which version is current", and when it was read; `forgotten` counts publishes
 * through this process, so that a read begun before one is not kept after it.
 */
const recentVersion = () =>
  processValue<{ known: { row: VersionRow; readAt: number } | null; forgotten: number }>("recent-kb-version", () => ({
    known: null,
    forgotten: 0,
  }));

export async function getCurrentKnowledgeBase({ recent = false }: CurrentOptions = {}): Promise<KnowledgeBase> {
  const state = recentVersion();
  if (recent && state.known && Date.now() - state.known.readAt < RECENT_VERSION_MS) return loadCached(state.known.row);
  const readAt = Date.now();
  const forgotten = state.forgotten;
  const row = await findLatestPublished();
  if (!row) throw new KnowledgeBaseMissingError();
  if (state.forgotten === forgotten) state.known = { row, readAt };
  return loadCached(row);
}

/** Called after a publish through this process, so its own hot paths use the new version at once. */
export function forgetRecentVersion(): void {
  const state = recentVersion();
  state.known = null;
  state.forgotten++;
}

/** A published version by number (saved recommendations keep pointing at theirs), or null. */
export async function getPublishedKnowledgeBase(number: number): Promise<KnowledgeBase | null> {
  const row = await getDb().kbVersion.findFirst({
    where: { number, status: "published" },
    select: { id: true, number: true, publishedAt: true, note: true },
  });
  return row && loadCached(row);
}

type VersionRow = { id: number; number: number; publishedAt: Date | null; note: string };

function loadCached(row: VersionRow): Promise<KnowledgeBase> {
  const cache = byVersionId();
  let pending = cache.get(row.id);
  if (!pending) {
    pending = loadVersion(row.id, toVersion(row));
    cache.set(row.id, pending);
    pending.catch(() => cache.delete(row.id)); // a failed read is retried next time
  }
  return pending;
}

function toVersion(row: { number: number; publishedAt: Date | null; note: string }): KnowledgeVersion {
  return {
    number: row.number,
    label: versionLabel(row.number),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    note: row.note,
  };
}

async function loadVersion(versionId: number, version: KnowledgeVersion): Promise<KnowledgeBase> {
  return { version, ...(await readVersionContent(getDb(), versionId)) };
}
