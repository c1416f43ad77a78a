// Saved recommendations: create an immutable snapshot, read it publicly, and let its owner rename,
// annotate or delete it. The owner token is returned once at creation and only its hash is kept.
import "server-only";
import { brotliDecompressSync } from "node:zlib";
import type { Evaluation } from "@/lib/decision";
import { expandEvaluation, isCompactEvaluation, type CompactEvaluation } from "@/lib/decision/compact";
import { getDb } from "@/lib/db/client";
import { groupCommit } from "@/lib/db/group-commit";
import { sqliteHotWrites, type RecommendationRow } from "@/lib/db/sqlite-hot-writes";
import { isDatabaseUnavailable } from "@/lib/db/prisma-errors";
import { metrics } from "@/lib/observability/metrics";
import { processValue } from "@/lib/process-state";
import { evaluateRequest } from "@/lib/evaluation/service";
import { withoutInvisibleControlsOrNull } from "@/lib/validation/visible-text";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors/app-error";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { WeightOverrides } from "@/lib/questionnaire/url-state";
import type { SaveRecommendationInput, UpdateRecommendationInput } from "./schema";
import { generateOwnerToken, generatePublicId, hashOwnerToken, ownerTokenMatches, PUBLIC_ID_PATTERN } from "./tokens";

/** What anyone with the link may see: never the owner token or its hash. */
export type RecommendationSnapshot = {
  id: string;
  name: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  kbVersion: number;
  modelVersion: string;
  answers: Answers;
  weights: WeightOverrides;
  /** The user's own quotes the evaluation used, by product id ({} when none). */
  quotes: Quotes;
  /** The cost model's assumptions the team gave ({} when all are the defaults). */
  assumptions: Assumptions;
  evaluation: Evaluation;
};

export type RecommendationSummary = Pick<RecommendationSnapshot, "id" | "name" | "createdAt" | "kbVersion"> & {
  winner: string | null;
};

const publicFields = {
  id: true,
  name: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
  kbVersion: true,
  modelVersion: true,
  answersJson: true,
  weightsJson: true,
  quotesJson: true,
  assumptionsJson: true,
  evaluationBrotli: true,
  evaluationJson: true,
} as const;

type StoredEvaluation = { evaluationBrotli: Uint8Array | null; evaluationJson: string | null };

type PublicRow = StoredEvaluation & {
  id: string;
  name: string | null;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
  kbVersion: number;
  modelVersion: string;
  answersJson: string;
  weightsJson: string;
  quotesJson: string;
  assumptionsJson: string;
};

/**
 * New rows keep the evaluation's compact form, brotli-compressed; earlier rows keep the engine's own
 * form, brotli-compressed or (saved before December 2026) as plain JSON.
 */
function readEvaluation({ evaluationBrotli, evaluationJson }: StoredEvaluation): Evaluation {
  const json = evaluationBrotli ? brotliDecompressSync(evaluationBrotli).toString("utf8") : evaluationJson;
  if (json === null) throw new Error("A saved recommendation has no stored evaluation");
  const stored = JSON.parse(json) as Evaluation | CompactEvaluation;
  return isCompactEvaluation(stored) ? expandEvaluation(stored) : stored;
}

type StoredInputs = { answersJson: string; weightsJson: string; quotesJson: string; assumptionsJson: string };

/** What a recommendation was computed from, as stored. */
function readInputs(row: StoredInputs): Pick<RecommendationSnapshot, "answers" | "weights" | "quotes" | "assumptions"> {
  return {
    answers: JSON.parse(row.answersJson) as Answers,
    weights: JSON.parse(row.weightsJson) as WeightOverrides,
    quotes: JSON.parse(row.quotesJson) as Quotes,
    assumptions: JSON.parse(row.assumptionsJson) as Assumptions,
  };
}

function toSnapshot(row: PublicRow): RecommendationSnapshot {
  return {
    id: row.id,
    // Rows saved before invisible controls were refused may hold them (lib/validation/visible-text.ts).
    name: withoutInvisibleControlsOrNull(row.name),
    notes: withoutInvisibleControlsOrNull(row.notes),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    kbVersion: row.kbVersion,
    modelVersion: row.modelVersion,
    ...readInputs(row),
    evaluation: readEvaluation(row),
  };
}

const emptyToNull = (text: string | null | undefined) => (text ? text : null);

type NewRow = RecommendationRow;

/**
 * Saves arriving while others are being written are inserted together: one statement and one
 * commit (one fsync on SQLite) for the group, each save answered only once its group is committed.
 */
const insertRecommendation = (row: NewRow) =>
  processValue("group-commit:recommendations", () =>
    groupCommit<NewRow, void>(
      async (rows) => {
        // One transaction: all rows or none. On SQLite through prepared statements (lib/db/sqlite-hot-writes.ts).
        const hot = sqliteHotWrites();
        if (hot) hot.insertRecommendations(rows);
        else await getDb().recommendation.createMany({ data: rows });
        return rows.map(() => undefined);
      },
      {
        retryAloneAfter: (error) => !isDatabaseUnavailable(error),
        onBatch: (size) => metrics().batches.observe({ queue: "recommendations" }, size),
      },
    ),
  )(row);

/** What saving returns: the snapshot as stored, without its evaluation (read it back with getRecommendation). */
export type SavedRecommendation = Omit<RecommendationSnapshot, "evaluation"> & { winner: HypervisorId | null };

export async function createRecommendation(
  input: SaveRecommendationInput,
): Promise<{ snapshot: SavedRecommendation; ownerToken: string }> {
  // Compressed (fast) with the evaluation, on the evaluation thread when there is one.
  const { summary, body } = await evaluateRequest(input, { evidence: true, encoding: "br" });
  const ownerToken = generateOwnerToken();
  const now = new Date();
  const data = {
    id: generatePublicId(),
    name: emptyToNull(input.name),
    notes: emptyToNull(input.notes),
    kbVersion: summary.kbVersion,
    modelVersion: summary.modelVersion,
    winner: summary.winner,
  };
  await insertRecommendation({
    ...data,
    ownerTokenHash: hashOwnerToken(ownerToken),
    answersJson: JSON.stringify(input.answers),
    weightsJson: JSON.stringify(input.weights ?? {}),
    quotesJson: JSON.stringify(input.quotes ?? {}),
    assumptionsJson: JSON.stringify(input.assumptions ?? {}),
    // The compact form with its evidence, as evaluate?include=evidence sends it.
    evaluationBrotli: await body.bytes("br"),
    createdAt: now,
    updatedAt: now,
  });
  const snapshot: SavedRecommendation = {
    ...data,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    answers: input.answers,
    weights: input.weights ?? {},
    quotes: input.quotes ?? {},
    assumptions: input.assumptions ?? {},
  };
  return { snapshot, ownerToken };
}

export async function getRecommendation(id: string): Promise<RecommendationSnapshot> {
  if (!PUBLIC_ID_PATTERN.test(id)) throw notFound();
  const row = await getDb().recommendation.findUnique({ where: { id }, select: publicFields });
  if (!row) throw notFound();
  return toSnapshot(row);
}

/** When the recommendation last changed (ms since epoch), or null when it does not exist: a cheap freshness check. */
export async function getRecommendationVersion(id: string): Promise<number | null> {
  if (!PUBLIC_ID_PATTERN.test(id)) return null;
  return readVersion(id);
}

/**
 * Asked of every share view (its page's stamp, its snapshot's freshness), so the look-ups asked in
 * the same turn, or while one is running, share one query: on a busy server each Prisma query costs
 * more main-thread time than the row it reads.
 */
const readVersion = (id: string) =>
  processValue("group-read:recommendation-versions", () =>
    groupCommit<string, number | null>(async (ids) => {
      const rows = await getDb().recommendation.findMany({
        where: { id: { in: [...new Set(ids)] } },
        select: { id: true, updatedAt: true },
      });
      const versions = new Map(rows.map((row) => [row.id, row.updatedAt.getTime()]));
      return ids.map((each) => versions.get(each) ?? null);
    }),
  )(id);

/** Summaries of the given ids that still exist, newest first (for "My recommendations"). */
export async function listRecommendations(ids: string[]): Promise<RecommendationSummary[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().recommendation.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, createdAt: true, kbVersion: true, winner: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    ...row,
    name: withoutInvisibleControlsOrNull(row.name),
    createdAt: row.createdAt.toISOString(),
  }));
}

export type SavedInputs = Pick<
  RecommendationSnapshot,
  "id" | "name" | "createdAt" | "answers" | "weights" | "quotes" | "assumptions"
>;

/**
 * What the most recently saved recommendations were computed from, newest first, without their
 * stored evaluations (the admin's publish preview re-scores them and never reads those).
 */
export async function listRecentInputs(take: number): Promise<SavedInputs[]> {
  const rows = await getDb().recommendation.findMany({
    select: {
      id: true,
      name: true,
      createdAt: true,
      answersJson: true,
      weightsJson: true,
      quotesJson: true,
      assumptionsJson: true,
    },
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map((row) => ({
    id: row.id,
    name: withoutInvisibleControlsOrNull(row.name),
    createdAt: row.createdAt.toISOString(),
    ...readInputs(row),
  }));
}

/** How many recommendations are saved in all. */
export function countRecommendations(): Promise<number> {
  return getDb().recommendation.count();
}

export async function updateRecommendation(
  id: string,
  ownerToken: string | null,
  patch: UpdateRecommendationInput,
): Promise<RecommendationSnapshot> {
  await authorizeOwner(id, ownerToken);
  const row = await getDb().recommendation.update({
    where: { id },
    data: {
      ...(patch.name !== undefined ? { name: emptyToNull(patch.name) } : {}),
      ...(patch.notes !== undefined ? { notes: emptyToNull(patch.notes) } : {}),
    },
    select: publicFields,
  });
  return toSnapshot(row);
}

export async function deleteRecommendation(id: string, ownerToken: string | null): Promise<void> {
  await authorizeOwner(id, ownerToken);
  await getDb().recommendation.deleteMany({ where: { id } });
}

async function authorizeOwner(id: string, ownerToken: string | null): Promise<void> {
  if (!PUBLIC_ID_PATTERN.test(id)) throw notFound();
  const row = await getDb().recommendation.findUnique({ where: { id }, select: { ownerTokenHash: true } });
  if (!row) throw notFound();
  if (!ownerToken)
    throw new UnauthorizedError(
      "This needs the recommendation's owner token: send Authorization: Bearer <ownerToken>.",
    );
  if (!ownerTokenMatches(row.ownerTokenHash, ownerToken))
    throw new ForbiddenError("The owner token does not match this recommendation.");
}

function notFound() {
  return new NotFoundError("No recommendation has this id; it may have been deleted.");
}
