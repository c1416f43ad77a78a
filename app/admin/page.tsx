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
import { versionLabel } from "@/lib/knowledge/service";

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
            {roleAllows(account.role, "publisher") ? (
              <PublishForm draftLabel={versionLabel(working.version.number)} />
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
