// /admin/audit: the audit log, newest first: when, which session, what, and the value before and after.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/admin/audit-service";
import { requireAdminPage } from "@/lib/admin/require-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const show = (value: unknown) => (value === null ? "—" : JSON.stringify(value, null, 2));

export default async function AuditPage({ searchParams }: Props) {
  const { account } = await requireAdminPage();
  const { before } = await searchParams;
  const beforeId = typeof before === "string" && /^\d{1,12}$/.test(before) ? Number(before) : undefined;
  const entries = await listAudit(beforeId);
  const oldest = entries.at(-1);

  return (
    <article>
      <h1>Audit log</h1>
      <AdminNav current="/admin/audit" account={account} />
      <p className="muted">Sessions are named by the first 12 characters of their hash; tokens are never recorded.</p>
      {entries.length === 0 ? (
        <p>No entries{beforeId ? " before this one" : " yet"}.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Audit entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Account (session)</th>
                <th scope="col">Action</th>
                <th scope="col">What</th>
                <th scope="col">Before → after</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.at.slice(0, 19).replace("T", " ")}</td>
                  <td>
                    {e.actor || <span className="muted">shared password</span>}{" "}
                    {e.sessionRef !== "system" && <code className="muted">{e.sessionRef}</code>}
                  </td>
                  <td>{e.action}</td>
                  <td>
                    {e.entity} <code>{e.key}</code>
                  </td>
                  <td>
                    {(e.before !== null || e.after !== null) && (
                      <details>
                        <summary>Show</summary>
                        <div className={styles.before}>
                          <span className="visually-hidden">Before: </span>
                          {show(e.before)}
                        </div>
                        <div className={styles.after}>
                          <span className="visually-hidden">After: </span>
                          {show(e.after)}
                        </div>
                      </details>
                    )}
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
