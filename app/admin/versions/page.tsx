// /admin/versions: every knowledge-base version, and a picker for comparing two.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { listVersions } from "@/lib/admin/versions-service";
import { versionLabel } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Versions", robots: { index: false } };

export default async function VersionsPage() {
  const { account } = await requireAdminPage();
  const versions = await listVersions();
  const [newest, previous] = versions;

  return (
    <article>
      <h1>Versions</h1>
      <AdminNav current="/admin/versions" account={account} />
      <form action="/admin/versions/diff" method="get" className={`${styles.panel} ${styles.actions}`}>
        <label className={styles.field}>
          <span>From</span>
          <select name="from" defaultValue={previous?.number ?? newest?.number}>
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {versionLabel(v.number)}
                {v.status === "draft" ? " (draft)" : ""}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>To</span>
          <select name="to" defaultValue={newest?.number}>
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                {versionLabel(v.number)}
                {v.status === "draft" ? " (draft)" : ""}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={styles.button}>
          Compare
        </button>
      </form>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className="visually-hidden">Knowledge-base versions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Published</th>
              <th scope="col">Note</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => {
              const older = versions[i + 1];
              return (
                <tr key={v.number}>
                  <th scope="row">{versionLabel(v.number)}</th>
                  <td>{v.status}</td>
                  <td>{v.publishedAt?.slice(0, 16).replace("T", " ") ?? "—"}</td>
                  <td>{v.note}</td>
                  <td>
                    {older ? (
                      <Link href={`/admin/versions/diff?from=${older.number}&to=${v.number}`}>
                        vs {versionLabel(older.number)}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
