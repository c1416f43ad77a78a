// /admin: where the knowledge base stands (published version, draft and its changes) and publishing.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { PublishForm } from "@/components/admin/publish-form";
import { neededRoleNotice, requireAdminPage } from "@/lib/admin/require-admin";
import { isAdminRole, roleAllows } from "@/lib/admin/roles";
import { getVersionContent, getWorkingKnowledge } from "@/lib/admin/versions-service";
import { countChanges, diffKnowledge } from "@/lib/knowledge/diff";
import { getCurrentKnowledgeBase, versionLabel } from "@/lib/knowledge/service";
import { hypervisorLabel } from "@/lib/questionnaire/describe-answer";
import { previewPublish, type PublishPreview } from "@/lib/recommendations/publish-preview";
import { formatSavedAt } from "@/lib/recommendations/saved-at";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin", robots: { index: false } };

type Props = { searchParams: Promise<{ published?: string | string[]; needs?: string | string[] }> };

export default async function AdminPage({ searchParams }: Props) {
  const session = await requireAdminPage();
  const { account } = session;
  const { published: justPublished, needs } = await searchParams;
  const working = await getWorkingKnowledge();
  const isDraft = working.version.status === "draft";
  const published = isDraft ? await getVersionContent(working.published.number) : null;
  const changes = published ? countChanges(diffKnowledge(published.content, working.content)) : 0;
  const preview =
    isDraft && changes > 0
      ? await previewPublish(await getCurrentKnowledgeBase(), {
          ...working.content,
          version: {
            number: working.version.number,
            label: versionLabel(working.version.number),
            publishedAt: null,
            note: working.version.note,
          },
        })
      : null;

  return (
    <article>
      <h1>Knowledge-base administration</h1>
      <AdminNav current="/admin" account={account} />
      {typeof needs === "string" && isAdminRole(needs) && !roleAllows(account.role, needs) && (
        <p className={styles.notice} role="status">
          {neededRoleNotice(session, needs)}
        </p>
      )}
      {typeof justPublished === "string" && /^kb-\d+$/.test(justPublished) && (
        <p className={styles.success} role="status">
          Published as {justPublished}. New evaluations use it now; saved recommendations keep theirs.
        </p>
      )}
      <section className={styles.panel} aria-labelledby="live">
        <h2 id="live">Live</h2>
        <p>
          Evaluations use <strong>{versionLabel(working.published.number)}</strong>, published{" "}
          {working.published.publishedAt?.slice(0, 10)}: {working.published.note}
        </p>
      </section>
      <section className={styles.panel} aria-labelledby="draft">
        <h2 id="draft">Draft</h2>
        {isDraft ? (
          <>
            <p>
              Draft <strong>{versionLabel(working.version.number)}</strong> holds {changes} change
              {changes === 1 ? "" : "s"} against {versionLabel(working.published.number)}.{" "}
              <Link href={`/admin/versions/diff?from=${working.published.number}&to=${working.version.number}`}>
                See what changed
              </Link>
              .
            </p>
            {preview && <PreviewSection preview={preview} />}
            {roleAllows(account.role, "publisher") ? (
              <PublishForm draftLabel={versionLabel(working.version.number)} fingerprint={working.fingerprint} />
            ) : (
              <p className={styles.notice}>
                Publishing makes the draft the live advice, so it needs the publisher role; ask a publisher or an owner
                to review and publish it.
              </p>
            )}
          </>
        ) : (
          <p>
            No draft. The first edit in <Link href="/admin/knowledge">Edit knowledge</Link> (or an import) starts one as
            a copy of {versionLabel(working.published.number)}; nothing is live until you publish it.
          </p>
        )}
      </section>
    </article>
  );
}

const MAX_LISTED = 20;

/** What publishing the draft would change in the saved recommendations, before anyone publishes it. */
function PreviewSection({ preview }: { preview: PublishPreview }) {
  const { checked, total, reranked, rescored, unscorable } = preview;
  const unchanged = checked - reranked.length - rescored - unscorable;
  const which =
    checked === total
      ? `the ${total === 1 ? "one saved recommendation" : `${total} saved recommendations`}`
      : `the ${checked} most recent of ${total} saved recommendations`;
  return (
    <section aria-labelledby="preview-title" data-testid="publish-preview">
      <h3 id="preview-title">What publishing would change</h3>
      {checked === 0 ? (
        <p className="muted">No recommendations are saved yet: publishing changes no shared link.</p>
      ) : (
        <>
          <p>
            Re-scored with the live version and with the draft, {which}: {reranked.length} would rank differently,{" "}
            {rescored} would change scores only, {unchanged} would not change
            {unscorable > 0 && (
              <>, and {unscorable} cannot be re-scored (a weight names a criterion one version lacks)</>
            )}
            . Saved links keep their result; their readers are told that today&apos;s data differs.
          </p>
          {reranked.length > 0 && (
            <ul className={styles.previewList}>
              {reranked.slice(0, MAX_LISTED).map((item) => (
                <li key={item.id}>
                  <Link href={`/r/${item.id}`}>{item.name ?? `Saved ${formatSavedAt(item.createdAt, "medium")}`}</Link>:{" "}
                  {item.winnerNow === item.winnerAfter
                    ? "the order below the first choice changes"
                    : `first choice ${item.winnerNow ? hypervisorLabel(item.winnerNow) : "none"} → ${item.winnerAfter ? hypervisorLabel(item.winnerAfter) : "none"}`}
                </li>
              ))}
              {reranked.length > MAX_LISTED && <li>and {reranked.length - MAX_LISTED} more</li>}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
