// Saved recommendations: create an immutable snapshot, read it publicly, and let its owner rename,
// annotate or delete it. The owner token is returned once at creation and only its hash is kept.
import "server-only";
import type { Evaluation } from "@/lib/decision";
import { getDb } from "@/lib/db/client";
import { evaluateRequest } from "@/lib/evaluation/service";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/http/errors";
import type { Answers } from "@/lib/questionnaire/answers";
import type { WeightOverrideMap } from "@/lib/questionnaire/url-state";
import type { SaveRecommendationInput, UpdateRecommendationInput } from "./schema";
import {
  generateOwnerToken,
  generatePublicId,
  hashOwnerToken,
  ownerTokenMatches,
  PUBLIC_ID_PATTERN,
} from "./tokens";

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
  weights: WeightOverrideMap;
  evaluation: Evaluation;
};

export type RecommendationSummary = Pick<RecommendationSnapshot, "id" | "name" | "createdAt" | "kbVersion"> & {
  winner: string | null;
};

const publicFields = {
  id: true, name: true, notes: true, createdAt: true, updatedAt: true, kbVersion: true, modelVersion: true,
  answersJson: true, weightsJson: true, evaluationJson: true,
} as const;

type PublicRow = {
  id: string; name: string | null; notes: string | null; createdAt: Date; updatedAt: Date; kbVersion: number;
  modelVersion: string; answersJson: string; weightsJson: string; evaluationJson: string;
};

function toSnapshot(row: PublicRow): RecommendationSnapshot {
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    kbVersion: row.kbVersion,
    modelVersion: row.modelVersion,
    answers: JSON.parse(row.answersJson) as Answers,
    weights: JSON.parse(row.weightsJson) as WeightOverrideMap,
    evaluation: JSON.parse(row.evaluationJson) as Evaluation,
  };
}

const emptyToNull = (text: string | null | undefined) => (text ? text : null);

export async function createRecommendation(
  input: SaveRecommendationInput,
): Promise<{ snapshot: RecommendationSnapshot; ownerToken: string }> {
  const { evaluation, body } = await evaluateRequest(input);
  const ownerToken = generateOwnerToken();
  const data = {
    id: generatePublicId(),
    name: emptyToNull(input.name),
    notes: emptyToNull(input.notes),
    kbVersion: evaluation.kbVersion.number,
    modelVersion: evaluation.modelVersion,
  };
  // Only the timestamps come back: the rest is already in memory, and reading the ~100 KB evaluation
  // back just to parse it again would double the cost of a save.
  const row = await getDb().recommendation.create({
    data: {
      ...data,
      ownerTokenHash: hashOwnerToken(ownerToken),
      answersJson: JSON.stringify(input.answers),
      weightsJson: JSON.stringify(input.weights ?? {}),
      evaluationJson: body.text,
      winner: evaluation.winner,
    },
    select: { createdAt: true, updatedAt: true },
  });
  const snapshot: RecommendationSnapshot = {
    ...data,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    answers: input.answers,
    weights: input.weights ?? {},
    evaluation,
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
  const row = await getDb().recommendation.findUnique({ where: { id }, select: { updatedAt: true } });
  return row ? row.updatedAt.getTime() : null;
}

/** Summaries of the given ids that still exist, newest first (for "My recommendations"). */
export async function listRecommendations(ids: string[]): Promise<RecommendationSummary[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().recommendation.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, createdAt: true, kbVersion: true, winner: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
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
  if (!ownerToken) throw new UnauthorizedError("This needs the recommendation's owner token: send Authorization: Bearer <ownerToken>.");
  if (!ownerTokenMatches(row.ownerTokenHash, ownerToken)) throw new ForbiddenError("The owner token does not match this recommendation.");
}

function notFound() {
  return new NotFoundError("No recommendation has this id; it may have been deleted.");
}
