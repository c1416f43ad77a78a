// A product's support status in a few words, as a badge: what a buyer must see next to a product's
// name (community: no vendor to call; ending: the date general support stops).
import type { ProductSupport } from "@/lib/decision";
import { formatAsOf } from "@/lib/knowledge/staleness";
import styles from "./support-badge.module.css";

/** "Supported", "Community: no vendor support", "Support ends 11 Oct 2027", … */
export function supportLabel({ status, until }: Pick<ProductSupport, "status" | "until">): string {
  switch (status) {
    case "supported":
      return until ? `Supported until ${formatAsOf(until)}` : "Supported";
    case "community":
      return "Community: no vendor support";
    case "ending":
      return `Support ends ${until ? formatAsOf(until) : "soon"}`;
    case "end-of-support":
      return `Out of support${until ? ` since ${formatAsOf(until)}` : ""}`;
    case "not-sold":
      return "Not sold here";
  }
}

const TONE: Record<ProductSupport["status"], "ok" | "warn" | "bad"> = {
  supported: "ok",
  community: "warn",
  ending: "warn",
  "end-of-support": "bad",
  "not-sold": "bad",
};

type Props = {
  support: Pick<ProductSupport, "status" | "until" | "note">;
  /** Let the words wrap, for a narrow table cell (a pill otherwise stays on one line). */
  wrap?: boolean;
};

export function SupportBadge({ support, wrap = false }: Props) {
  return (
    <span
      className={styles.badge}
      data-tone={TONE[support.status]}
      data-support={support.status}
      data-wrap={wrap || undefined}
      title={support.note}
    >
      {supportLabel(support)}
    </span>
  );
}
