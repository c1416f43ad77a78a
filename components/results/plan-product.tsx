// The product to buy within the winning family and why; the family's other products and why they
// fit less; and the product's includes, support and limits from the knowledge base, one click away.
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import { formatAsOf } from "@/lib/knowledge/staleness";
import { SupportBadge } from "./support-badge";
import type { PlanEntry } from "./plan-format";
import { SourcesList } from "./sources-list";
import styles from "./plan.module.css";

type Props = { kb: PageKnowledge; plan: PlanEntry };

export function PlanProduct({ kb, plan }: Props) {
  const { entry, product } = plan;
  // A shared snapshot may name a product a later knowledge base dropped: the facts are then omitted.
  const facts = (kb.products ?? []).find((p) => p.id === product.id);
  const alternatives = product.alternatives ?? [];

  return (
    <div className={styles.block} data-testid="plan-product">
      <h3 className={styles.productTitle}>
        <span className={styles.kicker}>Product to buy for {entry.name}</span>{" "}
        <span data-testid="plan-product-name">{product.name}</span>
      </h3>
      <p className="muted">
        From {product.vendor}
        {plan.today ? `; ${entry.name} is what you run today.` : "."}
      </p>
      {product.reasons.length > 0 && (
        <ul className={styles.reasons} aria-label={`Why ${product.name}`}>
          {product.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {(product.cautions ?? []).length > 0 && (
        <>
          <p className={styles.cautionTitle}>To weigh</p>
          <ul className={styles.reasons} aria-label={`What to weigh about ${product.name}`}>
            {(product.cautions ?? []).map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </>
      )}
      {product.support && product.support.status !== "supported" && (
        <p className={styles.warning} data-testid="plan-product-support">
          <SupportBadge support={product.support} /> {product.support.note}
        </p>
      )}

      {facts && (
        <details className={styles.disclosure}>
          <summary>What {product.name} includes, its support and its limits</summary>
          <dl className={styles.facts}>
            <div>
              <dt>Includes</dt>
              <dd>{facts.includes}</dd>
            </div>
            <div>
              <dt>Support</dt>
              <dd>{facts.support}</dd>
            </div>
            <div>
              <dt>Limits</dt>
              <dd>{facts.limits}</dd>
            </div>
            <div>
              <dt>Suits</dt>
              <dd>{facts.suits}</dd>
            </div>
          </dl>
          <p className={styles.asOf}>
            As of <time dateTime={facts.asOf}>{formatAsOf(facts.asOf)}</time>
          </p>
          <SourcesList sources={facts.sources} label={`Sources for ${product.name}`} />
        </details>
      )}

      {alternatives.length > 0 && (
        <details className={styles.disclosure}>
          <summary>
            {entry.name}&apos;s other products ({alternatives.length}) and why they fit less
          </summary>
          <ul className={styles.alternatives}>
            {alternatives.map((alt) => (
              <li key={alt.id}>
                <strong>{alt.name}</strong> <span className="muted">({alt.vendor})</span>
                {alt.why.length === 1 ? (
                  <span>: {alt.why[0]}</span>
                ) : (
                  <ul>
                    {alt.why.map((why) => (
                      <li key={why}>{why}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
