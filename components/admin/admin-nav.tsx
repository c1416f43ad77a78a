// The admin area's own navigation, shown on every admin page once signed in.
import Link from "next/link";
import styles from "./admin.module.css";
import { LogoutButton } from "./logout-button";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/knowledge", label: "Edit knowledge" },
  { href: "/admin/stale", label: "Needs review" },
  { href: "/admin/versions", label: "Versions" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/import", label: "Import / export" },
] as const;

export function AdminNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav className={styles.nav} aria-label="Admin">
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <LogoutButton />
    </nav>
  );
}
