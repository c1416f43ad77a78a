// "Enter your quote": the price a vendor or reseller actually offered, per unit, which replaces the
// product's published prices in this evaluation (re-scored in the browser, kept in the URL as q.*).
// Bad input is named next to the field and never applied.
"use client";
import { useId, useRef, useState, type FormEvent } from "react";
import { CURRENCIES, PRICE_UNITS, type Currency, type PriceUnit } from "@/lib/knowledge/plan-schema";
import { quoteSchema, type Quote } from "@/lib/questionnaire/quotes";
import { CURRENCY_LABELS, quoteText, UNIT_WORDS } from "./plan-format";
import styles from "./plan.module.css";

const MAX_AMOUNT = 10_000_000;

/** Why the amount cannot be used, in words (the schema repeats the check before applying). */
function amountProblem(raw: string): string | null {
  const text = raw.trim();
  if (text === "") return "Enter the quoted amount.";
  const amount = Number(text);
  if (!Number.isFinite(amount)) return "Enter a number, such as 150 or 1250.50.";
  if (amount < 0) return "The amount must be 0 or more.";
  if (amount > MAX_AMOUNT) return `The amount must be at most ${MAX_AMOUNT.toLocaleString("en-US")}.`;
  return null;
}

export type PlanQuoteFormProps = {
  productId: string;
  productName: string;
  quote: Quote | undefined;
  /** The unit the product's published price uses, so the form starts where the quote likely is. */
  defaultUnit: PriceUnit;
  /** The platform the team runs today: the quote is its renewal. */
  renewal: boolean;
  /** Open from the start when the product has no public price (entering a quote is the next step) or has a quote. */
  initiallyOpen: boolean;
  /** Extra words on what else the quote prices (the Windows Server guest licences). */
  hint?: string;
  onApply: (product: string, quote: Quote) => void;
  onRemove: (product: string) => void;
};

export function PlanQuoteForm({
  productId,
  productName,
  quote,
  defaultUnit,
  renewal,
  initiallyOpen,
  hint,
  onApply,
  onRemove,
}: PlanQuoteFormProps) {
  const id = useId();
  // Fixed at mount: React would otherwise close the form the moment a quote makes the price public.
  const [open] = useState(initiallyOpen);
  const [amount, setAmount] = useState(quote ? String(quote.amount) : "");
  const [unit, setUnit] = useState<PriceUnit>(quote?.unit ?? defaultUnit);
  const [currency, setCurrency] = useState<Currency>(quote?.currency ?? "USD");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const amountRef = useRef<HTMLInputElement>(null);
  const what = renewal ? "renewal quote" : "quote";

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = amountProblem(amount);
    const parsed = problem ? null : quoteSchema.safeParse({ amount: Number(amount.trim()), unit, currency });
    if (!parsed?.success) {
      setError(problem ?? parsed?.error.issues[0]?.message ?? "This quote cannot be used.");
      setStatus("");
      amountRef.current?.focus();
      return;
    }
    setError(null);
    onApply(productId, parsed.data);
    setStatus(`Your ${what} now prices ${productName}; the costs and the ranking are recalculated.`);
  }

  function remove() {
    onRemove(productId);
    setAmount("");
    setError(null);
    setStatus(`Quote removed: ${productName} is priced from published figures again.`);
    // The Remove button disappears with the quote: keep focus inside the form.
    amountRef.current?.focus();
  }

  return (
    <details className={styles.quoteDetails} open={open} data-testid="plan-quote">
      <summary>
        {quote ? (
          <>
            <span className={styles.quoteBadge}>Your {what}</span> {quoteText(quote)}
            <span className="visually-hidden"> for {productName}</span>: change or remove
          </>
        ) : (
          <>
            Enter your {what}
            <span className="visually-hidden"> for {productName}</span>
          </>
        )}
      </summary>
      <form className={styles.quoteForm} onSubmit={apply} noValidate aria-label={`Your ${what} for ${productName}`}>
        <p className={styles.quoteHelp}>
          Replaces the published price of {productName} in this evaluation and in its link.{hint ? ` ${hint}` : ""}
        </p>
        <div className={styles.quoteFields}>
          <label className={styles.field} htmlFor={`${id}-amount`}>
            <span>Amount</span>
            <input
              ref={amountRef}
              id={`${id}-amount`}
              className={styles.input}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-amount-error`}
            />
          </label>
          <label className={styles.field} htmlFor={`${id}-unit`}>
            <span>Unit</span>
            <select
              id={`${id}-unit`}
              className={styles.input}
              value={unit}
              onChange={(event) => setUnit(event.target.value as PriceUnit)}
            >
              {PRICE_UNITS.map((u) => (
                <option key={u} value={u}>
                  {UNIT_WORDS[u]}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field} htmlFor={`${id}-currency`}>
            <span>Currency</span>
            <select
              id={`${id}-currency`}
              className={styles.input}
              value={currency}
              onChange={(event) => setCurrency(event.target.value as Currency)}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {CURRENCY_LABELS[c]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id={`${id}-amount-error`} className={styles.error} data-testid="plan-quote-error">
          {error}
        </p>
        <div className={styles.quoteActions}>
          <button type="submit" className={styles.button}>
            Apply quote
          </button>
          {quote && (
            <button type="button" className={styles.buttonQuiet} onClick={remove}>
              Remove quote
            </button>
          )}
          <span role="status" className={styles.status}>
            {status}
          </span>
        </div>
      </form>
    </details>
  );
}
