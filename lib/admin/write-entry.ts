// Writes one edited entry into the draft. The update matches only while the version is still a draft,
// in the same statement, so an entry of a published version can never be changed.
import { ConflictError } from "@/lib/errors/app-error";
import { replaceDraftEntry } from "@/lib/knowledge/documents";
import type { Tx } from "@/lib/knowledge/seed";
import { EDITABLE, type EditableEntity } from "./schema";

export async function writeEntry(
  tx: Tx,
  versionId: number,
  entity: EditableEntity,
  value: Record<string, unknown>,
): Promise<void> {
  if (!(await replaceDraftEntry(tx, versionId, EDITABLE[entity].collection, value))) {
    throw new ConflictError("The draft was published or discarded meanwhile; reload and edit again.");
  }
}
