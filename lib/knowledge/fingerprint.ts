// A short digest of a knowledge-base version's content: what a publisher reviewed is named by it, so
// publishing can refuse a draft that changed after the review (lib/admin/draft-service.ts).
import { createHash } from "node:crypto";
import type { KnowledgeContent } from "./schema";

export function contentFingerprint(content: KnowledgeContent): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 22);
}
