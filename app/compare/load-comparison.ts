// Reads the ids of a comparison (two or three, comma-separated) and their snapshots.
import "server-only";
import { NotFoundError } from "@/lib/errors/app-error";
import { getRecommendation, type RecommendationSnapshot } from "@/lib/recommendations/service";

export type Comparison = { ok: true; snapshots: RecommendationSnapshot[] } | { ok: false; message: string };

export async function loadComparison(idsParam: string | undefined): Promise<Comparison> {
  const ids = [
    ...new Set(
      (idsParam ?? "")
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length < 2 || ids.length > 3) {
    return { ok: false, message: `Choose two or three saved recommendations to compare (got ${ids.length}).` };
  }
  const found = await Promise.all(
    ids.map((id) =>
      getRecommendation(id).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      }),
    ),
  );
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `No saved recommendation has the id ${missing.map((id) => `"${id.slice(0, 40)}"`).join(" or ")}; it may have been deleted.`,
    };
  }
  return { ok: true, snapshots: found as RecommendationSnapshot[] };
}
