// /admin/import: download the knowledge base as JSON, or upload a file to become the draft.
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { ImportForm } from "@/components/admin/import-form";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { roleAllows } from "@/lib/admin/roles";
import { getWorkingKnowledge } from "@/lib/admin/versions-service";
import { versionLabel } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import and export", robots: { index: false } };

export default async function ImportPage() {
  const { account } = await requireAdminPage();
  const { version, published } = await getWorkingKnowledge();
  return (
    <article>
      <h1>Import and export</h1>
      <AdminNav current="/admin/import" account={account} />
      <section className={styles.panel} aria-labelledby="export">
        <h2 id="export">Export</h2>
        <ul>
          <li>
            <a href="/api/admin/knowledge/export" download>
              Download the live version {versionLabel(published.number)} (JSON)
            </a>
          </li>
          {version.status === "draft" && (
            <li>
              <a href="/api/admin/knowledge/export?version=draft" download>
                Download the draft {versionLabel(version.number)} (JSON)
              </a>
            </li>
          )}
        </ul>
      </section>
      <section className={styles.panel} aria-labelledby="import">
        <h2 id="import">Import</h2>
        <p>
          The whole file is checked first (every field, and that every hypervisor is rated on every rated criterion,
          every platform and must-have is stated). If anything is wrong, every problem is listed and nothing changes;
          otherwise it becomes the draft.
        </p>
        {roleAllows(account.role, "publisher") ? (
          <ImportForm />
        ) : (
          <p className={styles.notice}>
            Importing replaces the draft wholesale, so it needs the publisher role; your account is an {account.role}.
          </p>
        )}
      </section>
    </article>
  );
}
