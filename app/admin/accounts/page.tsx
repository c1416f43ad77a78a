// /admin/accounts (owners only): who may change the knowledge base, in which role; add an account,
// change a role, disable one or set a new password (both sign it out everywhere).
import type { Metadata } from "next";
import { AccountsPanel } from "@/components/admin/accounts-panel";
import { AdminNav } from "@/components/admin/admin-nav";
import { listAccounts } from "@/lib/admin/account-service";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { ROLE_DESCRIPTIONS } from "@/lib/admin/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin accounts", robots: { index: false } };

export default async function AccountsPage() {
  const { account } = await requireAdminPage("owner");
  const accounts = await listAccounts();
  return (
    <article>
      <h1>Admin accounts</h1>
      <AdminNav current="/admin/accounts" account={account} />
      <p className="muted">
        Editor: {ROLE_DESCRIPTIONS.editor}. Publisher: {ROLE_DESCRIPTIONS.publisher}. Owner: {ROLE_DESCRIPTIONS.owner}.
        The audit log names the account behind every change.
      </p>
      <AccountsPanel accounts={accounts} self={account.name} />
    </article>
  );
}
