// /admin/edit/{entity}/{key…}: the edit form for one entry of the working copy.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { EntryForm } from "@/components/admin/entry-form";
import { OPTION_LABELS } from "@/components/admin/key-labels";
import { EDITABLE, isEditableEntity } from "@/lib/admin/schema";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { getWorkingKnowledge } from "@/lib/admin/versions-service";
import { describeEntryKey, entryKey } from "@/lib/knowledge/entries";
import { versionLabel } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit entry", robots: { index: false } };

type Props = { params: Promise<{ entity: string; key: string[] }> };

export default async function EditEntryPage({ params }: Props) {
  const { account } = await requireAdminPage();
  const { entity, key: parts } = await params;
  if (!isEditableEntity(entity)) notFound();
  const key = parts.map(decodeURIComponent).join("/");
  const { version, content } = await getWorkingKnowledge();
  const { collection, label } = EDITABLE[entity];
  const entry = (content[collection] as never[]).find((item) => entryKey(collection, item) === key);
  if (!entry) notFound();

  return (
    <article>
      <h1>
        Edit {label}: {describeEntryKey(key, content, OPTION_LABELS)}
      </h1>
      <AdminNav current="/admin/knowledge" account={account} />
      <p className="muted">
        Saving changes the draft
        {version.status === "draft"
          ? ` ${versionLabel(version.number)}`
          : " (started now as a copy of the live version)"}
        ; nothing is live until it is published. <Link href="/admin/knowledge">Back to the list</Link>.
      </p>
      <EntryForm entity={entity} entryKey={key} initial={entry as Record<string, unknown>} />
    </article>
  );
}
