// Writes one edited entry into the draft's row. Every update is filtered on the version still being a
// draft, in the same statement, so an entry of a published version can never be changed.
import { ConflictError } from "@/lib/http/errors";
import { entryKey } from "@/lib/knowledge/entries";
import { DOCUMENT_COLLECTIONS, rowsFromContent } from "@/lib/knowledge/rows";
import type { Capability, Criterion, KnowledgeContent, PlatformSupport, Rating } from "@/lib/knowledge/schema";
import type { Tx } from "@/lib/knowledge/seed";
import { EDITABLE, type EditableEntity } from "./schema";

const EMPTY: KnowledgeContent = {
  hypervisors: [],
  criteria: [],
  ratings: [],
  platforms: [],
  platformSupport: [],
  capabilities: [],
  history: [],
  products: [],
  prices: [],
  exchangeRates: [],
  migrationPaths: [],
  brokerSupport: [],
  platformCapabilities: [],
};

export async function writeEntry(
  tx: Tx,
  versionId: number,
  entity: EditableEntity,
  value: Record<string, unknown>,
): Promise<void> {
  const draftOnly = { versionId, version: { status: "draft" } };
  let count = 0;
  const { collection } = EDITABLE[entity];
  if ((DOCUMENT_COLLECTIONS as readonly string[]).includes(collection)) {
    const key = entryKey(collection as (typeof DOCUMENT_COLLECTIONS)[number], value as never);
    ({ count } = await tx.kbDocument.updateMany({
      where: { ...draftOnly, collection, key },
      data: { bodyJson: JSON.stringify(value) },
    }));
  } else if (entity === "ratings") {
    const { hypervisorKey, criterionKey, ...data } = rowsFromContent({ ...EMPTY, ratings: [value as Rating] })
      .ratings[0]!;
    ({ count } = await tx.rating.updateMany({ where: { ...draftOnly, hypervisorKey, criterionKey }, data }));
  } else if (entity === "criteria") {
    // A criterion's position is its place in the list, which an edit does not move.
    const { key, ...row } = rowsFromContent({ ...EMPTY, criteria: [value as Criterion] }).criteria[0]!;
    const data = { name: row.name, description: row.description, defaultWeight: row.defaultWeight, kind: row.kind };
    ({ count } = await tx.criterion.updateMany({ where: { ...draftOnly, key }, data }));
  } else if (entity === "platform-support") {
    const { platformKey, hypervisorKey, ...data } = rowsFromContent({
      ...EMPTY,
      platformSupport: [value as PlatformSupport],
    }).platformSupport[0]!;
    ({ count } = await tx.platformSupport.updateMany({ where: { ...draftOnly, platformKey, hypervisorKey }, data }));
  } else {
    const { hypervisorKey, mustHave, ...data } = rowsFromContent({ ...EMPTY, capabilities: [value as Capability] })
      .capabilities[0]!;
    ({ count } = await tx.capability.updateMany({ where: { ...draftOnly, hypervisorKey, mustHave }, data }));
  }
  if (count !== 1) throw new ConflictError("The draft was published or discarded meanwhile; reload and edit again.");
}
