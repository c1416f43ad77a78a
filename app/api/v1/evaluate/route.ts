// POST /api/v1/evaluate: answers (and optional weight overrides) in, ranked and explained result out.
// Behind host/server.ts the same handler answers directly, precompressed (lib/evaluation/handler.ts).
import { evaluateHandler } from "@/lib/evaluation/handler";

export const dynamic = "force-dynamic";

export const POST = evaluateHandler({ precompressed: false });
