import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "@fontsource-variable/inter";
import "./globals.css";
import { SiteFooter } from "@/components/site-footer";
import { getEnv } from "@/lib/config/env";
import styles from "./layout.module.css";

export const metadata: Metadata = {
  // Link previews need absolute URLs; PUBLIC_URL names the address people reach the app at.
  metadataBase: getEnv().PUBLIC_URL ? new URL(getEnv().PUBLIC_URL!) : undefined,
  title: { default: "Hypervisor Advisor", template: "%s · Hypervisor Advisor" },
  description:
    "Compare VMware ESXi, Microsoft Hyper-V, KVM and Xen for your workloads, licensing policy and cloud platform, with every rating sourced and dated.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className={styles.header}>
          <div className={styles.bar}>
            <Link href="/" className={styles.brand}>
              Hypervisor Advisor
            </Link>
            <nav aria-label="Main">
              <ul className={styles.nav}>
                <li>
                  <Link href="/questionnaire">Questionnaire</Link>
                </li>
                <li>
                  <Link href="/knowledge">Knowledge base</Link>
                </li>
                <li>
                  <Link href="/mine">My recommendations</Link>
                </li>
                <li>
                  <Link href="/admin">Admin</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
