// /admin/stale: facts whose evidence is older than the staleness limit, or that cite no source.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { findFactsToReview } from "@/lib/admin/staleness";
import { getWorkingKnowledge } from "@/lib/admin/versions-service";
import { versionLabel } from "@/lib/knowledge/service";
import { formatAsOf, STALE_AFTER_MONTHS } from "@/lib/knowledge/staleness";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Needs review", robots: { index: false } };

const REASONS = { stale: `older than ${STALE_AFTER_MONTHS} months`, "no-source": "no source" } as const;

export default async function StalePage() {
  const { account } = await requireAdminPage();
  const { version, content } = await getWorkingKnowledge();
  const items = findFactsToReview(content, new Date());

  return (
    <article>
      <h1>Needs review</h1>
      <AdminNav current="/admin/stale" account={account} />
      <p>
        Facts in {version.status === "draft" ? "the draft" : "the live version"} {versionLabel(version.number)} whose
        evidence is older than {STALE_AFTER_MONTHS} months or that cite no source: {items.length}.
      </p>
      {items.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Facts to review, oldest evidence first</caption>
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Kind</th>
                <th scope="col">As of</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.entity}/${item.key}`}>
                  <th scope="row">
                    <Link href={`/admin/edit/${item.entity}/${item.key.split("/").map(encodeURIComponent).join("/")}`}>
                      {item.title}
                    </Link>
                  </th>
                  <td>{item.entity}</td>
                  <td>{formatAsOf(item.asOf)}</td>
                  <td className={styles.stale}>{item.reasons.map((r) => REASONS[r]).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
