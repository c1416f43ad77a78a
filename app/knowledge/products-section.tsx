// The products of each hypervisor family: what each includes, its support and limits, who it suits,
// the must-haves it cannot meet although its family can, and where its ratings differ from the family's.
import type { Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { formatAsOf } from "@/lib/knowledge/staleness";
import { AsOf, SourceList } from "./plan-bits";
import styles from "./plan.module.css";

type Props = { kb: KnowledgeBase; now: Date; mustHaveLabels: Record<string, string> };

export function ProductsSection({ kb, now, mustHaveLabels }: Props) {
  const products = kb.products ?? [];
  return (
    <section aria-labelledby="products">
      <h2 id="products">Products</h2>
      <p className="muted">
        What you actually buy within each family. The advisor picks one per family from your answers, passing over any
        that lacks a must-have you marked or has reached end of life. Open a product for its details, evidence and date.
      </p>
      {products.length === 0 && <p>This version of the knowledge base lists no products.</p>}
      {kb.hypervisors.map((family) => {
        const own = products.filter((p) => p.hypervisor === family.id);
        if (own.length === 0) return null;
        const headingId = `products-${family.id}`;
        return (
          <div key={family.id} className={styles.family}>
            <h3 id={headingId}>
              {family.name}{" "}
              <span className={styles.count}>
                · {own.length} product{own.length === 1 ? "" : "s"}
              </span>
            </h3>
            <ul className={styles.productList} aria-labelledby={headingId}>
              {own.map((product) => (
                <li key={product.id} data-product={product.id}>
                  <ProductDetails product={product} kb={kb} now={now} mustHaveLabels={mustHaveLabels} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function Status({ product }: { product: Product }) {
  if (product.status === "active") return <span className={styles.status}>Active</span>;
  return (
    <span className={styles.status} data-tone="warn">
      End of life
      {product.endOfLife && (
        <>
          {" "}
          · <time dateTime={product.endOfLife}>{formatAsOf(product.endOfLife)}</time>
        </>
      )}
    </span>
  );
}

function ProductDetails({ product, kb, now, mustHaveLabels }: { product: Product } & Props) {
  const criterion = (key: string) => kb.criteria.find((c) => c.key === key)?.name ?? key;
  const familyScore = (key: string) =>
    kb.ratings.find((r) => r.hypervisor === product.hypervisor && r.criterion === key)?.score;
  return (
    <details className={styles.product}>
      <summary>
        <span className={styles.productName}>{product.name}</span>
        <span className={styles.vendor}>{product.vendor}</span>
        <Status product={product} />
      </summary>
      <div className={styles.productBody}>
        <dl className={styles.facts}>
          <div>
            <dt>Suits</dt>
            <dd>{product.suits}</dd>
          </div>
          <div>
            <dt>Includes</dt>
            <dd>{product.includes}</dd>
          </div>
          <div>
            <dt>Support</dt>
            <dd>{product.support}</dd>
          </div>
          <div>
            <dt>Limits</dt>
            <dd>{product.limits}</dd>
          </div>
        </dl>
        {product.gaps.length > 0 && (
          <>
            <h4>Must-haves it cannot meet</h4>
            <ul className={styles.gaps}>
              {product.gaps.map((gap) => (
                <li key={gap.mustHave}>
                  <strong>{mustHaveLabels[gap.mustHave] ?? gap.mustHave}:</strong> {gap.note}
                </li>
              ))}
            </ul>
          </>
        )}
        {product.ratings.length > 0 && (
          <>
            <h4>Ratings that differ from the family</h4>
            <ul className={styles.ratings}>
              {product.ratings.map((rating) => {
                const family = familyScore(rating.criterion);
                return (
                  <li key={rating.criterion}>
                    <p>
                      <strong>
                        {criterion(rating.criterion)}: {rating.score}/10
                      </strong>{" "}
                      {family !== undefined && <span className="muted">(family: {family}/10)</span>}
                    </p>
                    <p>{rating.rationale}</p>
                    <SourceList sources={rating.sources} />
                    <AsOf date={rating.asOf} now={now} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <h4>Sources</h4>
        <SourceList sources={product.sources} />
        <AsOf date={product.asOf} now={now} />
      </div>
    </details>
  );
}
