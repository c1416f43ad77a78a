// /admin/audit: the audit log, newest first: when, and what happened as a sentence, with the stored
// values before and after (JSON) one click away.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { auditSentence } from "@/components/admin/audit-sentence";
import { OPTION_LABELS } from "@/components/admin/key-labels";
import styles from "@/components/admin/admin.module.css";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/admin/audit-service";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { getWorkingKnowledge } from "@/lib/admin/versions-service";
import { describeEntryKey } from "@/lib/knowledge/entries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const show = (value: unknown) => (value === null ? "—" : JSON.stringify(value, null, 2));

export default async function AuditPage({ searchParams }: Props) {
  const { account } = await requireAdminPage();
  const { before } = await searchParams;
  const beforeId = typeof before === "string" && /^\d{1,12}$/.test(before) ? Number(before) : undefined;
  const [entries, { content }] = await Promise.all([listAudit(beforeId), getWorkingKnowledge()]);
  const describeKey = (key: string) => describeEntryKey(key, content, OPTION_LABELS);
  const oldest = entries.at(-1);

  return (
    <article>
      <h1>Audit log</h1>
      <AdminNav current="/admin/audit" account={account} />
      <p className="muted">
        Newest first. Each entry keeps the values before and after as stored (JSON) and the session it came from, named
        by the first 12 characters of its hash; tokens are never recorded.
      </p>
      {entries.length === 0 ? (
        <p>No entries{beforeId ? " before this one" : " yet"}.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Audit entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">What happened</th>
                <th scope="col">Stored values</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td className={styles.nowrap}>{e.at.slice(0, 16).replace("T", " ")}</td>
                  <td>{auditSentence(e, describeKey)}</td>
                  <td>
                    <details>
                      <summary>JSON</summary>
                      <dl className={styles.auditJson}>
                        <dt>Entry</dt>
                        <dd>
                          <code>
                            {e.action} {e.entity} {e.key}
                          </code>
                          {e.sessionRef !== "system" && (
                            <>
                              {" "}
                              · session <code>{e.sessionRef}</code>
                            </>
                          )}
                        </dd>
                        {e.before !== null && (
                          <>
                            <dt>Before</dt>
                            <dd className={styles.before}>{show(e.before)}</dd>
                          </>
                        )}
                        {e.after !== null && (
                          <>
                            <dt>After</dt>
                            <dd className={styles.after}>{show(e.after)}</dd>
                          </>
                        )}
                      </dl>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {oldest && entries.length === AUDIT_PAGE_SIZE && (
        <p>
          <Link href={`/admin/audit?before=${oldest.id}`}>Older entries</Link>
        </p>
      )}
    </article>
  );
}
