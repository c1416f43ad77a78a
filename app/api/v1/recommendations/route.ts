// POST /api/v1/recommendations: save an immutable snapshot of an evaluation and get its share link
// and owner token (lib/recommendations/save-handler.ts; the host serves the same handler directly).
import { saveHandler } from "@/lib/recommendations/save-handler";

export const dynamic = "force-dynamic";

export const POST = saveHandler;
