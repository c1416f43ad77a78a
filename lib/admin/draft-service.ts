// Editing the knowledge base through one draft version. The first edit copies the latest published
// version into a draft; edits change draft rows only (every write is guarded by the version's status,
// so a version published meanwhile is never touched); publishing flips the draft to published with
// the next number. Each change and its audit entry commit in one transaction.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { ConflictError, fieldErrorsFromZod, NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/http/validate";
import { checkKnowledge } from "@/lib/knowledge/completeness";
import { compactDiff, countChanges, diffKnowledge } from "@/lib/knowledge/diff";
import { entryKey } from "@/lib/knowledge/entries";
import { contentFingerprint } from "@/lib/knowledge/fingerprint";
import { readVersionContent } from "@/lib/knowledge/documents";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { forgetRecentVersion, KnowledgeBaseMissingError, versionLabel } from "@/lib/knowledge/service";
import { writeVersion, type Tx } from "@/lib/knowledge/seed";
import { auditedAs, recordAudit } from "./audit-service";
import { EDITABLE, knowledgeImportSchema, type EditableEntity } from "./schema";
import type { AdminSession } from "./session-service";
import { findDraft, findLatestPublished } from "./versions-service";
import { writeEntry } from "./write-entry";

/** Two admins racing to create the draft collide on its number; the loser simply retries once. */
async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const run = () => getDb().$transaction(work, { timeout: 30_000, maxWait: 10_000 });
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return run();
    throw error;
  }
}

async function nextNumber(tx: Tx): Promise<number> {
  const max = await tx.kbVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  return (max?.number ?? 0) + 1;
}

async function createDraft(tx: Tx, content: KnowledgeContent, note: string): Promise<{ id: number; number: number }> {
  const number = await writeVersion(tx, await nextNumber(tx), content, note, "draft");
  return tx.kbVersion.findUniqueOrThrow({ where: { number }, select: { id: true, number: true } });
}

async function deleteVersion(tx: Tx, versionId: number): Promise<void> {
  // An explicit delete rather than relying on the database enforcing ON DELETE CASCADE.
  await tx.kbDocument.deleteMany({ where: { versionId, version: { status: "draft" } } });
  await tx.kbVersion.deleteMany({ where: { id: versionId, status: "draft" } });
}

export type EditOutcome = { changed: boolean; draftNumber: number | null };

/** Replaces one entry in the draft (creating the draft on first edit). */
export async function updateDraftEntry(
  session: AdminSession,
  entity: EditableEntity,
  key: string,
  input: unknown,
): Promise<EditOutcome> {
  const spec = EDITABLE[entity];
  const value = parseInput(spec.schema, input) as Record<string, unknown>;
  const { collection } = spec;
  const keyParts = key.split("/");
  const wrongIdentity = spec.keyFields.filter((field, i) => String(value[field]) !== keyParts[i]);
  if (wrongIdentity.length > 0) {
    throw new ValidationError(
      wrongIdentity.map((field) => ({ field, message: `cannot change: this form edits ${spec.label} "${key}"` })),
    );
  }

  return inTransaction(async (tx) => {
    const draft = await findDraft(tx);
    const base = draft ?? (await findLatestPublished(tx));
    if (!base) throw new KnowledgeBaseMissingError();
    const content = await readVersionContent(tx, base.id);
    const list = content[collection] as Record<string, unknown>[];
    const index = list.findIndex((item) => entryKey(collection, item as never) === key);
    const before = list[index];
    if (!before) throw new NotFoundError(`There is no ${spec.label} "${key}".`);
    if (entity === "criteria" && value.kind !== before.kind) {
      throw new ValidationError([{ field: "kind", message: `cannot change (it is "${String(before.kind)}")` }]);
    }
    if (JSON.stringify(before) === JSON.stringify(value)) return { changed: false, draftNumber: draft?.number ?? null };

    const next = { ...content, [collection]: list.map((item, i) => (i === index ? value : item)) } as KnowledgeContent;
    const problems = checkKnowledge(next);
    if (problems.length > 0) throw new ValidationError(problems);

    const target = draft ?? (await createDraft(tx, content, `Draft based on ${versionLabel(base.number)}`));
    await writeEntry(tx, target.id, entity, value);
    await recordAudit(tx, { ...auditedAs(session), action: "edit", entity: collection, key, before, after: value });
    return { changed: true, draftNumber: target.number };
  });
}

/**
 * Publishes the draft as the next version number; returns that number. `reviewed` is the fingerprint
 * of the draft the publisher looked at: an edit or import made since then is not published unseen.
 */
export async function publishDraft(session: AdminSession, note: string, reviewed: string): Promise<number> {
  const number = await inTransaction(async (tx) => {
    const draft = await findDraft(tx);
    if (!draft) throw new ConflictError("There is no draft to publish: edit something first.");
    const published = await findLatestPublished(tx);
    const content = await readVersionContent(tx, draft.id);
    if (contentFingerprint(content) !== reviewed) {
      throw new ConflictError(
        `The draft ${versionLabel(draft.number)} changed after the version you reviewed: look at what changed again, then publish.`,
      );
    }
    const problems = checkKnowledge(content);
    if (problems.length > 0) throw new ValidationError(problems);
    const diff = published ? diffKnowledge(await readVersionContent(tx, published.id), content) : null;
    if (diff && countChanges(diff) === 0) {
      throw new ConflictError(
        `The draft is identical to ${versionLabel(published!.number)}: nothing to publish. Discard it instead.`,
      );
    }
    // Keep the draft's number unless something was published after the draft was started.
    const max = await tx.kbVersion.findFirst({ orderBy: { number: "desc" }, select: { id: true, number: true } });
    const number = max && max.id !== draft.id ? max.number + 1 : draft.number;
    const flipped = await tx.kbVersion.updateMany({
      where: { id: draft.id, status: "draft" },
      data: { status: "published", number, note, publishedAt: new Date() },
    });
    if (flipped.count !== 1) throw new ConflictError("The draft changed while publishing; reload and try again.");
    await recordAudit(tx, {
      ...auditedAs(session),
      action: "publish",
      entity: "version",
      key: versionLabel(number),
      before: published ? { version: versionLabel(published.number) } : null,
      after: { version: versionLabel(number), note, changes: diff ? compactDiff(diff) : null },
    });
    return number;
  });
  forgetRecentVersion();
  return number;
}

export async function discardDraft(session: AdminSession): Promise<void> {
  await inTransaction(async (tx) => {
    const draft = await findDraft(tx);
    if (!draft) throw new ConflictError("There is no draft to discard.");
    const published = await findLatestPublished(tx);
    const content = await readVersionContent(tx, draft.id);
    const diff = published ? compactDiff(diffKnowledge(await readVersionContent(tx, published.id), content)) : null;
    await deleteVersion(tx, draft.id);
    await recordAudit(tx, {
      ...auditedAs(session),
      action: "discard",
      entity: "version",
      key: `draft ${versionLabel(draft.number)}`,
      before: { changes: diff },
      after: null,
    });
  });
}

/**
 * Validates a whole export file first (schema, then completeness), listing every problem; only a
 * file without any becomes the new draft, replacing any existing draft, in one transaction.
 */
export async function importKnowledge(
  session: AdminSession,
  body: unknown,
): Promise<{ draftNumber: number; changes: number }> {
  const parsed = knowledgeImportSchema.safeParse(body);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const problems = checkKnowledge(parsed.data.content, "content");
  if (problems.length > 0) throw new ValidationError(problems);
  const content = parsed.data.content;

  return inTransaction(async (tx) => {
    const published = await findLatestPublished(tx);
    if (!published) throw new KnowledgeBaseMissingError();
    const replaced = await findDraft(tx);
    if (replaced) await deleteVersion(tx, replaced.id);
    const diff = diffKnowledge(await readVersionContent(tx, published.id), content);
    const draft = await createDraft(tx, content, `Imported on ${new Date().toISOString().slice(0, 10)}`);
    await recordAudit(tx, {
      ...auditedAs(session),
      action: "import",
      entity: "version",
      key: `draft ${versionLabel(draft.number)}`,
      before: {
        basedOn: versionLabel(published.number),
        replacedDraft: replaced ? versionLabel(replaced.number) : null,
      },
      after: { changes: compactDiff(diff) },
    });
    return { draftNumber: draft.number, changes: countChanges(diff) };
  });
}
