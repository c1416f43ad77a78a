// The products of each hypervisor family: what each includes, its support and limits, who it suits,
// its lifecycle (support status, until when, why), the platforms it is native to, needs or is not
// offered on, the must-haves it cannot meet although its family can, and its own ratings beside its
// family's on the same criterion. Everything sits in the product's one disclosure (no disclosure
// inside it), each fact with its sources and date.
import type { Product, ProductPlatform } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { formatAsOf } from "@/lib/knowledge/staleness";
import { SupportBadge } from "@/components/results/support-badge";
import { AsOf, SourceList } from "./plan-bits";
import styles from "./plan.module.css";

type Props = { kb: KnowledgeBase; now: Date; mustHaveLabels: Record<string, string> };

export function ProductsSection({ kb, now, mustHaveLabels }: Props) {
  const products = kb.products ?? [];
  return (
    <section aria-labelledby="products">
      <h2 id="products">Products</h2>
      <p className="muted">
        What you actually buy within each family. The advisor scores every product on its family&apos;s ratings, with
        the product&apos;s own where its evidence differs, and passes over any that lacks a must-have you marked, is not
        offered on your platform or is out of support. Open a product for its lifecycle, platforms and ratings beside
        its family&apos;s, each with its sources and date.
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
                <li key={product.id} id={`product-${product.id}`} data-product={product.id}>
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

/** The recorded status; on a results page the engine also reads it against the horizon and platform. */
function Status({ product }: { product: Product }) {
  return (
    <span className={styles.statusSlot}>
      <SupportBadge support={product.lifecycle} />
    </span>
  );
}

const RELATION_WORDS: Record<ProductPlatform["relation"], string> = {
  natural: "The platform's own product",
  requires: "Offered only here",
  excludes: "Not offered here",
};

/** What the badge does not already say: no announced end, or a withdrawal (the badge reads "Not sold here"). */
function untilText({ status, until }: Product["lifecycle"]): string | null {
  if (status === "not-sold")
    return until ? `Withdrawn from sale; general support until ${formatAsOf(until)}.` : "Withdrawn from sale.";
  if (status === "supported" && until === null) return "No end of general support announced.";
  return null;
}

function ProductDetails({ product, kb, now, mustHaveLabels }: { product: Product } & Props) {
  const criterion = (key: string) => kb.criteria.find((c) => c.key === key);
  const family = kb.hypervisors.find((h) => h.id === product.hypervisor);
  const familyName = family?.name ?? product.hypervisor;
  const familyScore = (key: string) =>
    kb.ratings.find((r) => r.hypervisor === product.hypervisor && r.criterion === key)?.score;
  const platformName = (id: string) => kb.platforms.find((p) => p.id === id)?.name ?? id;
  // Read through the schema, which gives versions stored before platform facts an empty list.
  const { platforms } = product;
  const openSourceDiffers = product.openSource !== undefined && family && product.openSource !== family.openSource;
  return (
    <details className={styles.product}>
      <summary>
        <span className={styles.productName}>{product.name}</span>
        <span className={styles.vendor}>{product.vendor}</span>
        <Status product={product} />
        {product.ratings.length > 0 && (
          <span className={styles.summaryRatings}>
            {product.ratings.map((rating, i) => {
              const familyRating = familyScore(rating.criterion);
              return (
                <span key={rating.criterion}>
                  {i > 0 && "; "}
                  {criterion(rating.criterion)?.name ?? rating.criterion}: {rating.score}/10
                  {familyRating !== undefined && ` (family ${familyName}: ${familyRating}/10)`}
                </span>
              );
            })}
          </span>
        )}
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
          {product.openSource !== undefined && (
            <div>
              <dt>Open source</dt>
              <dd>
                {product.openSource ? "Yes" : "No: proprietary"}
                {openSourceDiffers && (
                  <span className="muted">
                    {" "}
                    (unlike its family, {familyName}, which is {family.openSource ? "open source" : "proprietary"})
                  </span>
                )}
              </dd>
            </div>
          )}
        </dl>

        <h4>Lifecycle</h4>
        <div className={styles.lifecycle} data-testid="product-lifecycle">
          <p className={styles.lifecycleHead}>
            <SupportBadge support={product.lifecycle} /> {untilText(product.lifecycle)}
          </p>
          <p>{product.lifecycle.note}</p>
          <SourceList sources={product.lifecycle.sources} />
          <AsOf date={product.lifecycle.asOf} now={now} />
        </div>

        <h4>Platforms</h4>
        {platforms.length === 0 ? (
          <p className="muted">No platform facts of its own: it is offered wherever {familyName} is.</p>
        ) : (
          <ul className={styles.platformFacts} data-testid="product-platforms">
            {platforms.map((fact) => (
              <li key={fact.platform} data-relation={fact.relation}>
                <p>
                  <strong>{platformName(fact.platform)}:</strong>{" "}
                  <span className={styles.relation} data-relation={fact.relation}>
                    {RELATION_WORDS[fact.relation]}
                  </span>
                </p>
                <p>{fact.note}</p>
                <SourceList sources={fact.sources} />
                <AsOf date={fact.asOf} now={now} />
              </li>
            ))}
          </ul>
        )}

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

        <h4>Ratings</h4>
        {product.ratings.length === 0 ? (
          <p className="muted">Rated as {familyName} on every criterion.</p>
        ) : (
          <>
            <p className="muted">
              Its own where the evidence differs from {familyName}&apos;s; as the family elsewhere.
            </p>
            <ul className={styles.ratings} data-testid="product-ratings">
              {product.ratings.map((rating) => {
                const c = criterion(rating.criterion);
                const familyRating = familyScore(rating.criterion);
                return (
                  <li key={rating.criterion} data-criterion={rating.criterion}>
                    <p className={styles.ratingLine}>
                      <strong>
                        {c?.name ?? rating.criterion}: {rating.score}/10
                      </strong>{" "}
                      <span className="muted">
                        (family {familyName}:{" "}
                        {familyRating !== undefined
                          ? `${familyRating}/10`
                          : c?.kind === "derived"
                            ? "computed from your answers"
                            : "not rated"}
                        )
                      </span>
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
