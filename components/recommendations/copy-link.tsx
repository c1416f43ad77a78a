"use client";
// Copies a link with visible, announced confirmation, and offers the native share sheet where the
// browser has one (most phones).
import { useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import styles from "./recommendations.module.css";

type Props = {
  /** May be a path: cached pages do not know the host they are served under, the browser does. */
  url: string;
  title: string;
  /** Buttons only, for a page whose own address is the link (the address bar already shows it). */
  compact?: boolean;
};

export function CopyLink({ url: given, title, compact = false }: Props) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const hydrated = useHydrated();
  const canShare = hydrated && typeof navigator.share === "function";
  const url = hydrated ? new URL(given, window.location.origin).toString() : given;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <div className={compact ? styles.copyInline : styles.copyRow}>
      {!compact && (
        <label className={styles.urlField}>
          <span className="visually-hidden">Share link</span>
          <input readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
      <button type="button" className={styles.button} onClick={copy}>
        Copy link
      </button>
      {canShare && (
        <button
          type="button"
          className={styles.buttonQuiet}
          onClick={() => navigator.share({ title, url }).catch(() => {})}
        >
          Share…
        </button>
      )}
      <span role="status" className={styles.status}>
        {status === "copied" ? "Link copied." : status === "failed" ? "Copy failed: select the link and copy it." : ""}
      </span>
    </div>
  );
}
