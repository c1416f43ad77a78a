// The admin area's own navigation, shown on every admin page once signed in, with who is signed in.
import Link from "next/link";
import type { AdminAccount } from "@/lib/admin/account-service";
import { roleAllows } from "@/lib/admin/roles";
import styles from "./admin.module.css";
import { LogoutButton } from "./logout-button";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/knowledge", label: "Edit knowledge" },
  { href: "/admin/stale", label: "Needs review" },
  { href: "/admin/versions", label: "Versions" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/import", label: "Import / export" },
  { href: "/admin/accounts", label: "Accounts", owners: true },
] as const;

type Props = { current: (typeof LINKS)[number]["href"]; account: AdminAccount };

export function AdminNav({ current, account }: Props) {
  const links = LINKS.filter((link) => !("owners" in link) || roleAllows(account.role, "owner"));
  return (
    <nav className={styles.nav} aria-label="Admin">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className={styles.signedIn}>
        Signed in as <strong>{account.name}</strong> ({account.role})
      </p>
      <LogoutButton />
    </nav>
  );
}
