// /admin/versions/diff?from=N&to=M: what changed between two versions (either may be the draft).
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { DiffView } from "@/components/admin/diff-view";
import { OPTION_LABELS } from "@/components/admin/key-labels";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { getVersionContent } from "@/lib/admin/versions-service";
import { diffKnowledge } from "@/lib/knowledge/diff";
import { describeEntryKey } from "@/lib/knowledge/entries";
import { versionLabel } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare versions", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const asNumber = (value: string | string[] | undefined) =>
  typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null;

export default async function DiffPage({ searchParams }: Props) {
  const { account } = await requireAdminPage();
  const query = await searchParams;
  const fromNumber = asNumber(query.from);
  const toNumber = asNumber(query.to);
  const [from, to] = await Promise.all([
    fromNumber === null ? null : getVersionContent(fromNumber),
    toNumber === null ? null : getVersionContent(toNumber),
  ]);

  return (
    <article>
      <h1>Compare versions</h1>
      <AdminNav current="/admin/versions" account={account} />
      {!from || !to ? (
        <p className={styles.alert} role="alert">
          {!from ? `"from" (${String(query.from ?? "missing")})` : `"to" (${String(query.to ?? "missing")})`} is not an
          existing version number. <Link href="/admin/versions">Pick two versions</Link>.
        </p>
      ) : (
        <>
          <p>
            From <strong>{versionLabel(from.version.number)}</strong> ({from.version.status}) to{" "}
            <strong>{versionLabel(to.version.number)}</strong> ({to.version.status}).
          </p>
          <DiffView
            diff={diffKnowledge(from.content, to.content)}
            describeKey={(key) => describeEntryKey(key, to.content, OPTION_LABELS)}
          />
        </>
      )}
    </article>
  );
}
