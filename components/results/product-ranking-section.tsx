// Every product as a candidate: one table, a row group per family in ranking order, each product with
// its vendor, score, support, whether it is eligible and why not, and which one its family picks. A
// product's name links to its knowledge-base entry (its evidence, lifecycle, platform facts and sources).
// The family ranking above speaks for each family with its pick's score; this is where the other products
// stand. Evaluations saved before products were candidates have none: the section is left out.
import type { Evaluation, Knockout, ProductEntry, RankingEntry } from "@/lib/decision";
import { score1 } from "./format";
import { causeLabel } from "./knockouts-section";
import { SupportBadge } from "./support-badge";
import styles from "./results.module.css";
import { TableScroll } from "@/components/table-scroll";

export function ProductRankingSection({ evaluation }: { evaluation: Evaluation }) {
  const products = evaluation.products ?? [];
  if (products.length === 0) return null;
  // Place among the eligible products, in the engine's order (eligible first, then score).
  const places = new Map(products.filter((p) => p.eligible).map((p, i) => [p.id, i + 1]));
  const groups = evaluation.ranking
    .map((entry) => ({ entry, own: products.filter((p) => p.family === entry.hypervisor) }))
    .filter((group) => group.own.length > 0);

  return (
    <section className={styles.section} aria-labelledby="products-title" data-testid="product-ranking">
      <h2 id="products-title">Every product</h2>
      <p className={styles.lead}>
        Each of the {products.length} products is scored on the same weights as the ranking above: its family&apos;s
        ratings, replaced by its own where the evidence differs (the product&apos;s recorded ratings, its licence cost
        for your estate, full platform fit where it is your platform&apos;s own product). A product is out when its
        family is, or when it misses a must-have of its own, is not sold on your platform or is out of support. A
        family&apos;s score above is the score of its pick; # is the place among the eligible products. A product&apos;s
        name opens its evidence, lifecycle and sources in the knowledge base.
      </p>
      <TableScroll className={styles.tableScroll} label="Every product (table)">
        <table className={styles.productTable} data-testid="product-table">
          <caption className="visually-hidden">
            Every product by family, families in ranking order and best product first: place among the eligible
            products, score out of 100, support, and whether it is eligible
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.placeCell}>
                <span aria-hidden="true">#</span>
                <span className="visually-hidden">Place</span>
              </th>
              <th scope="col">Product</th>
              <th scope="col" className={styles.productScore}>
                Score
              </th>
              <th scope="col">Support and eligibility</th>
            </tr>
          </thead>
          {groups.map(({ entry, own }) => (
            <tbody key={entry.hypervisor} data-hypervisor={entry.hypervisor}>
              <tr className={styles.familyRow}>
                <th scope="rowgroup" colSpan={4}>
                  {entry.name}{" "}
                  <span className={styles.familyMeta}>
                    · family {entry.rank} of {evaluation.ranking.length} · {own.length} product
                    {own.length === 1 ? "" : "s"}
                  </span>
                  {!entry.eligible && <span className={styles.ineligibleTag}>Not eligible</span>}
                </th>
              </tr>
              {own.map((product) => (
                <ProductRow
                  key={product.id}
                  product={product}
                  entry={entry}
                  place={places.get(product.id) ?? null}
                  recommended={entry.hypervisor === evaluation.winner}
                />
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </section>
  );
}

type RowProps = {
  product: ProductEntry;
  entry: RankingEntry;
  place: number | null;
  /** The family is the winner, so its pick is the recommendation. */
  recommended: boolean;
};

function ProductRow({ product, entry, place, recommended }: RowProps) {
  const pick = entry.product?.id === product.id;
  return (
    <tr data-product={product.id} data-eligible={product.eligible} data-pick={pick || undefined}>
      <td className={styles.placeCell}>
        {place ?? (
          <>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">Not placed</span>
          </>
        )}
      </td>
      <th scope="row">
        <a className={styles.productName} href={`/knowledge#product-${product.id}`}>
          {product.name}
        </a>
        <span className={styles.productVendor}>{product.vendor}</span>
        {pick && (
          <span className={styles.pickTag} data-recommended={recommended || undefined}>
            {recommended ? "Recommended" : "Family pick"}
          </span>
        )}
      </th>
      <td className={styles.productScore}>{score1(product.score)}</td>
      <td className={styles.standing}>
        <p className={styles.standingHead}>
          <SupportBadge support={product.support} wrap />
          {product.eligible ? (
            <span className={styles.eligible}>Eligible</span>
          ) : (
            <span className={styles.ineligibleTag}>Not eligible</span>
          )}
        </p>
        {!product.eligible && <Knockouts product={product} />}
      </td>
    </tr>
  );
}

/**
 * Every reason in view (one or two, as a rule). Their sources, with the product's lifecycle and platform
 * facts, are on its knowledge-base entry, which its name links to: the page stays light with 26 rows.
 */
function Knockouts({ product }: { product: ProductEntry }) {
  return (
    <>
      {product.knockouts.map((k, i) => (
        <p key={`${k.mustHave}-${i}`} className={styles.out}>
          <KnockoutReason knockout={k} />
        </p>
      ))}
    </>
  );
}

function KnockoutReason({ knockout }: { knockout: Knockout }) {
  return (
    <>
      <span className={styles.outCause}>{causeLabel(knockout.mustHave)}:</span> {knockout.reason}
    </>
  );
}
