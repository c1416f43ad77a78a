// Footer with the knowledge-base version every page's numbers come from.
import Link from "next/link";
import { getPublishedVersion } from "@/lib/knowledge/service";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const version = await getPublishedVersion().catch(() => null);
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          {version ? (
            <>
              <Link href="/knowledge">Knowledge base version {version.number}</Link>
              {version.publishedAt && <>, published {version.publishedAt.slice(0, 10)}</>}.
            </>
          ) : (
            "Knowledge base unavailable."
          )}{" "}
          Every rating carries its rationale, sources and date.
        </p>
        <p>
          <Link href="/docs/api">API reference</Link> · <Link href="/admin">Administration</Link>
        </p>
      </div>
    </footer>
  );
}
