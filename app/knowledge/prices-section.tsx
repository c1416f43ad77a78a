// The published prices behind every cost table, and the exchange rates used to compare them. No figure
// is invented: a product without a public price says "Quote required".
import type { Price } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { SourcedCell } from "./plan-bits";
import { BASIS_WORDS, UNIT_WORDS } from "@/lib/knowledge/plan-words";
import { minimumText, priceAmount, productName } from "./plan-format";
import styles from "./plan.module.css";

const PRICE_COLUMNS = ["Product", "Item", "Unit", "Amount", "Basis", "Minimums", "Source and date"];

export function PricesSection({ kb, now }: { kb: KnowledgeBase; now: Date }) {
  const products = kb.products ?? [];
  const prices = kb.prices ?? [];
  const rates = (kb.exchangeRates ?? []).filter((r) => r.currency !== "USD");
  const order = (p: Price) => {
    const index = products.findIndex((x) => x.id === p.product);
    return index === -1 ? products.length : index;
  };
  const familyOf = (p: Price) => products.find((x) => x.id === p.product)?.hypervisor;
  const groups = [
    ...kb.hypervisors.map((h) => ({ name: h.name, rows: prices.filter((p) => familyOf(p) === h.id) })),
    { name: "Other", rows: prices.filter((p) => familyOf(p) === undefined) },
  ]
    .map((g) => ({ ...g, rows: [...g.rows].sort((a, b) => order(a) - order(b)) }))
    .filter((g) => g.rows.length > 0);

  return (
    <section aria-labelledby="prices">
      <h2 id="prices">Prices</h2>
      <p className="muted">
        The prices every cost is computed from, converted to US dollars at the rates below. &ldquo;Reported&rdquo;
        figures come from secondary sources and are unconfirmed; a disputed minimum is shown with the cost but not
        applied. Where no public price exists, the cost says so and you can enter your own quote with your results.
      </p>
      {prices.length === 0 ? (
        <p>This version of the knowledge base lists no prices.</p>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby="prices-caption" tabIndex={0}>
          <table className={styles.table} data-table="prices">
            <caption id="prices-caption" className="visually-hidden">
              Prices per product, with unit, basis, minimums, source and date
            </caption>
            <thead>
              <tr>
                {PRICE_COLUMNS.map((name) => (
                  <th scope="col" key={name}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map(({ name, rows }) => (
              <tbody key={name}>
                <tr className={styles.groupRow}>
                  <th scope="rowgroup" colSpan={PRICE_COLUMNS.length}>
                    <span>{name}</span>
                  </th>
                </tr>
                {rows.map((price) => (
                  <PriceRow key={`${price.product}:${price.key}`} price={price} kb={kb} now={now} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}

      <h3 id="exchange-rates">Exchange rates</h3>
      {rates.length === 0 ? (
        <p className="muted">Every price is in US dollars; no conversion is needed.</p>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby="exchange-rates" tabIndex={0}>
          <table className={`${styles.table} ${styles.narrow}`}>
            <thead>
              <tr>
                {["Currency", "In US dollars", "Note", "Source and date"].map((name) => (
                  <th scope="col" key={name}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate.currency}>
                  <th scope="row">{rate.currency}</th>
                  <td className={styles.number}>
                    1 {rate.currency} = US${rate.usd}
                  </td>
                  <td>{rate.note}</td>
                  <SourcedCell sources={rate.sources} asOf={rate.asOf} now={now} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PriceRow({ price, kb, now }: { price: Price; kb: KnowledgeBase; now: Date }) {
  const amount = priceAmount(price, kb.exchangeRates ?? []);
  return (
    <tr data-price={`${price.product}:${price.key}`}>
      <th scope="row">{productName(kb, price.product)}</th>
      <td>
        {price.item}
        <details className={styles.more}>
          <summary>Note</summary>
          <p>{price.note}</p>
          {price.minimums.map((m) => (
            <p key={`${m.per}:${m.cores}`}>
              {minimumText(m)}: {m.note}
            </p>
          ))}
        </details>
      </td>
      <td>{UNIT_WORDS[price.unit]}</td>
      <td className={styles.number}>
        {amount ? (
          <>
            {amount.text}
            {amount.usd && <span className={styles.sub}>{amount.usd}</span>}
          </>
        ) : (
          <strong className={styles.quote}>Quote required</strong>
        )}
      </td>
      <td>{price.quoteRequired ? <span className="muted">—</span> : BASIS_WORDS[price.basis]}</td>
      <td>
        {price.minimums.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul className={styles.plain}>
            {price.minimums.map((m) => (
              <li key={`${m.per}:${m.cores}`}>
                {minimumText(m)}
                {m.status === "disputed" && <span className={styles.disputed}>disputed, not applied</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <SourcedCell sources={price.sources} asOf={price.asOf} now={now} />
    </tr>
  );
}
