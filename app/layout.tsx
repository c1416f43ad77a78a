import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import "@fontsource-variable/inter";
import "./globals.css";
import { SiteFooter } from "@/components/site-footer";
import { getEnv } from "@/lib/config/env";
import styles from "./layout.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await publicOrigin(),
    title: { default: "Hypervisor Advisor", template: "%s · Hypervisor Advisor" },
    description:
      "Compare VMware ESXi, Microsoft Hyper-V, KVM and Xen for your workloads, licensing policy and cloud platform, with every rating sourced and dated.",
  };
}

/**
 * Link previews need absolute URLs: PUBLIC_URL when the operator set it, else the address this
 * request came in on (pages render per request anyway), so previews work without configuration.
 */
async function publicOrigin(): Promise<URL | undefined> {
  const configured = getEnv().PUBLIC_URL;
  if (configured) return new URL(configured);
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  const proto = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  if (!host) return undefined;
  try {
    return new URL(`${proto}://${host}`);
  } catch {
    return undefined; // a malformed Host header: fall back to relative URLs
  }
}

// Every page is rendered per request: Next puts the request's CSP nonce (set by proxy.ts) on its
// scripts only when rendering, so prerendered HTML would have its own scripts blocked.
export const dynamic = "force-dynamic";

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
