// What a product costs this estate per year, line by line, with arithmetic a person can redo by hand:
// quantity × unit price, each minimum applied and named (docs/method.md, "Costs").
import type { ExchangeRate, Price, PriceMinimum, Product } from "@/lib/knowledge/plan-schema";
import type { Quote, Quotes } from "@/lib/questionnaire/quotes";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import type { SizedEstate as Estate } from "@/lib/questionnaire/answers";
import type { Cost, CostLine, QuoteNeeded } from "./types";

/** Windows Server guests need these licences on every host they may run on, whatever the hypervisor. */
export const WINDOWS_GUEST_PRICE = { product: "windows-server-datacenter", key: "licence" } as const;

// Built once: toLocaleString with options builds a formatter per call, which dominated the bare score.
const WHOLE = new Intl.NumberFormat("en-US");
const CENTS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const PRECISE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

export const formatCount = (n: number) => WHOLE.format(n);

/** "3 years", "1 year". */
export const yearsText = (years: number) => `${years} year${years === 1 ? "" : "s"}`;

export function formatUsd(amount: number): string {
  return `US$${CENTS.format(amount)}`;
}

const CURRENCY_SIGN: Record<string, string> = { USD: "US$", EUR: "€" };
const money = (amount: number, currency: string) =>
  `${CURRENCY_SIGN[currency] ?? `${currency} `}${PRECISE.format(amount)}`;
const plural = (n: number, word: string) => `${WHOLE.format(n)} ${word}${n === 1 ? "" : "s"}`;

export interface CoreCount {
  total: number;
  /** "4 hosts × 2 CPUs × 16 cores (8 cores per CPU, 16-core minimum per CPU)" */
  text: string;
  notes: string[];
}

/** Billed physical cores: each applying minimum raises the count; a disputed one is only noted. */
export function countCores(estate: Estate, minimums: readonly PriceMinimum[]): CoreCount {
  const { hosts, socketsPerHost: sockets, coresPerSocket: cores } = estate;
  const applied: string[] = [];
  const notes: string[] = [];
  let perCpu = cores;
  for (const m of minimums.filter((x) => x.per === "cpu" && x.status === "applies")) {
    if (m.cores > perCpu) {
      perCpu = m.cores;
      applied.push(`${m.cores}-core minimum per CPU`);
    }
  }
  let perHost = sockets * perCpu;
  for (const m of minimums.filter((x) => x.per === "host" && x.status === "applies")) {
    if (m.cores > perHost) {
      perHost = m.cores;
      applied.push(`${m.cores}-core minimum per host`);
    }
  }
  const hostPart =
    perHost === sockets * perCpu ? `${plural(sockets, "CPU")} × ${plural(perCpu, "core")}` : plural(perHost, "core");
  let text = `${plural(hosts, "host")} × ${hostPart}`;
  let total = hosts * perHost;
  for (const m of minimums.filter((x) => x.per === "order")) {
    if (m.cores <= total) continue;
    if (m.status === "applies") {
      text = `${text}, raised to the ${m.cores}-core minimum per order`;
      total = m.cores;
    } else {
      notes.push(
        `A ${m.cores}-core minimum per order is disputed and not applied here (it would bill ${m.cores} cores): ${m.note}`,
      );
    }
  }
  if (applied.length > 0) text = `${text} (${cores} cores per CPU; ${applied.join(", ")} applied)`;
  return { total, text, notes };
}

interface Priced {
  quantity: number;
  quantityText: string;
  unit: string;
  unitPrice: number;
  unitPriceText: string;
  notes: string[];
}

/** Quantity and yearly USD unit price for one price (or quote) on this estate. */
function priceFor(
  shape: { unit: Price["unit"]; amount: number; currency: string; minimums: readonly PriceMinimum[] },
  estate: Estate,
  years: number,
  usdPer: number,
): Priced {
  const { hosts, socketsPerHost } = estate;
  let converted = shape.amount * usdPer;
  const steps: string[] = [money(shape.amount, shape.currency)];
  if (shape.currency !== "USD") steps.push(`× ${usdPer} US$ per ${shape.currency}`);
  let quantity: number;
  let quantityText: string;
  let unit: string;
  const notes: string[] = [];
  if (shape.unit === "core-year" || shape.unit === "core-month" || shape.unit === "core-perpetual") {
    const cores = countCores(estate, shape.minimums);
    quantity = cores.total;
    quantityText = `${cores.text} = ${plural(cores.total, "core")}`;
    notes.push(...cores.notes);
    if (shape.unit === "core-month") {
      converted *= 12;
      steps.push("× 12 months");
      unit = "physical core per year (billed monthly)";
    } else if (shape.unit === "core-perpetual") {
      converted /= years;
      steps.push(`÷ ${plural(years, "year")}`);
      unit = `physical core (a one-off licence spread over ${plural(years, "year")})`;
    } else {
      unit = "physical core per year";
    }
  } else if (shape.unit === "socket-year") {
    quantity = hosts * socketsPerHost;
    quantityText = `${plural(hosts, "host")} × ${plural(socketsPerHost, "CPU socket")} = ${plural(quantity, "socket")}`;
    unit = "CPU socket per year";
  } else if (shape.unit === "host-year") {
    quantity = hosts;
    quantityText = plural(hosts, "host");
    unit = "host per year";
  } else {
    quantity = 1;
    quantityText = "1 estate";
    unit = "estate per year";
  }
  // Up to four decimals (US$141.0625): rounded to cents, quantity × unit price would not redo the amount.
  const unitPriceText =
    steps.length > 1 ? `(${steps.join(" ")} = US$${PRECISE.format(converted)})` : `US$${PRECISE.format(converted)}`;
  return { quantity, quantityText, unit, unitPrice: converted, unitPriceText, notes };
}

/** Amounts are kept in cents: what an invoice shows, and no floating-point tails in the API. */
export const cents = (amount: number) => Math.round(amount * 100) / 100;

function toLine(
  item: string,
  product: string,
  priceKey: string,
  priced: Priced,
  rest: Pick<CostLine, "basis" | "source" | "asOf">,
): CostLine {
  const amount = cents(priced.quantity * priced.unitPrice);
  return {
    item,
    product,
    priceKey,
    quantity: priced.quantity,
    unit: priced.unit,
    unitPrice: priced.unitPrice,
    amount,
    arithmetic: `${priced.quantityText}; ${WHOLE.format(priced.quantity)} × ${priced.unitPriceText} = ${formatUsd(amount)}`,
    ...rest,
  };
}

const sourceOf = (price: Price) => ({ title: price.sources[0]!.title, url: price.sources[0]!.url });

/** US dollars per unit of `currency`, from the knowledge base's dated rates (1 for USD itself). */
function rateFor(
  rates: readonly ExchangeRate[],
  currency: string,
): Pick<ExchangeRate, "usd" | "sources" | "asOf"> | undefined {
  return currency === "USD" ? { usd: 1, sources: [], asOf: "" } : rates.find((r) => r.currency === currency);
}

const conversionNote = (currency: string, rate: Pick<ExchangeRate, "usd" | "sources" | "asOf">) =>
  `${currency} converted at ${rate.usd} US$ per ${currency} (${rate.sources[0]?.title ?? "recorded rate"}, ${rate.asOf}).`;

interface Collected {
  lines: CostLine[];
  quotesNeeded: QuoteNeeded[];
  notes: string[];
}

function addPrice(
  kb: KnowledgeContent,
  price: Price,
  item: string,
  estate: Estate,
  years: number,
  into: Collected,
): void {
  const amount = price.amount;
  if (amount === null) {
    into.quotesNeeded.push({ product: price.product, item: price.item, note: price.note, source: sourceOf(price) });
    return;
  }
  const rate = rateFor(kb.exchangeRates, price.currency);
  if (!rate) {
    into.quotesNeeded.push({
      product: price.product,
      item,
      note: `No ${price.currency} to USD rate is recorded, so this ${price.currency} price cannot be compared.`,
      source: sourceOf(price),
    });
    return;
  }
  const priced = priceFor({ ...price, amount }, estate, years, rate.usd);
  into.notes.push(...priced.notes);
  if (price.currency !== "USD") into.notes.push(conversionNote(price.currency, rate));
  into.lines.push(
    toLine(item, price.product, price.key, priced, { basis: price.basis, source: sourceOf(price), asOf: price.asOf }),
  );
}

function addQuote(
  kb: KnowledgeContent,
  product: Product,
  quote: Quote,
  item: string,
  estate: Estate,
  years: number,
  into: Collected,
): void {
  const rate = rateFor(kb.exchangeRates, quote.currency);
  if (!rate) {
    into.quotesNeeded.push({
      product: product.id,
      item,
      note: `No ${quote.currency} to USD rate is recorded, so your quote cannot be converted.`,
      source: { title: "Your quote", url: null },
    });
    return;
  }
  // A quote changes the price, not how the vendor counts: the product's own minimums for that unit still apply.
  const perCore = (unit: string) => unit.startsWith("core-");
  const minimums =
    kb.prices.find(
      (p) => p.product === product.id && (p.unit === quote.unit || (perCore(p.unit) && perCore(quote.unit))),
    )?.minimums ?? [];
  const priced = priceFor({ ...quote, minimums }, estate, years, rate.usd);
  if (quote.currency !== "USD") into.notes.push(conversionNote(quote.currency, rate));
  into.lines.push(
    toLine(item, product.id, "quote", priced, {
      basis: "quote",
      source: { title: "Your quote", url: null },
      asOf: null,
    }),
  );
}

/** The Windows Server Datacenter licences every host needs for its Windows Server guests, as its own line. */
function guestLines(
  kb: KnowledgeContent,
  quotes: Quotes,
  estate: Estate,
  years: number,
  windowsVms: number,
): Collected {
  const into: Collected = { lines: [], quotesNeeded: [], notes: [] };
  const item = `Windows Server Datacenter for ${plural(windowsVms, "Windows VM")}`;
  const guestQuote = quoteFor(quotes, WINDOWS_GUEST_PRICE.product);
  const guestPrice = kb.prices.find(
    (p) => p.product === WINDOWS_GUEST_PRICE.product && p.key === WINDOWS_GUEST_PRICE.key,
  );
  const guestProduct = kb.products.find((p) => p.id === WINDOWS_GUEST_PRICE.product);
  if (guestQuote && guestProduct) addQuote(kb, guestProduct, guestQuote, item, estate, years, into);
  else if (guestPrice) addPrice(kb, guestPrice, item, estate, years, into);
  else into.notes.push("Windows Server guest licences are needed but this knowledge base has no price for them.");
  into.notes.push(
    "Windows Server guests are licensed on every physical core of every host they may run on (VMs move between hosts), with Datacenter for unlimited VMs per host.",
  );
  return into;
}

/** A Standard licence line for `stacks` licensings of every host, its arithmetic saying so. */
function stacked(line: CostLine, stacks: number, perHost: number): CostLine {
  const quantity = line.quantity * stacks;
  const amount = cents(quantity * line.unitPrice);
  return {
    ...line,
    quantity,
    amount,
    unit: `${line.unit}, licensed ${stacks} times for up to ${perHost} Windows VMs per host`,
    arithmetic: `${line.arithmetic.split(";")[0]}, × ${stacks} (two Windows VMs per licensing, up to ${perHost} per host) = ${formatCount(quantity)}; ${formatCount(quantity)} × US$${PRECISE.format(line.unitPrice)} = ${formatUsd(amount)}`,
  };
}

/** Own keys only: a product id such as "constructor" must never find Object.prototype's. */
export function quoteFor(quotes: Quotes, productId: string): Quote | undefined {
  return Object.hasOwn(quotes, productId) ? quotes[productId] : undefined;
}

export interface CostInput {
  kb: KnowledgeContent;
  product: Product;
  estate: Estate;
  years: number;
  quotes?: Quotes;
}

export function priceEstate({ kb, product, estate, years, quotes = {} }: CostInput): Cost {
  const into: Collected = { lines: [], quotesNeeded: [], notes: [] };
  const quote = quoteFor(quotes, product.id);
  const prices = kb.prices.filter((p) => p.product === product.id);
  if (quote) addQuote(kb, product, quote, `Your quote for ${product.name}`, estate, years, into);
  else if (prices.length === 0) {
    // No price recorded is not a price of zero.
    into.quotesNeeded.push({
      product: product.id,
      item: product.name,
      note: "This knowledge base records no price for this product.",
      source: { title: product.sources[0]!.title, url: product.sources[0]!.url },
    });
  } else for (const price of prices) addPrice(kb, price, price.item, estate, years, into);

  const windowsVms = estate.windowsVms ?? 0;
  // The product's own Windows Server licences, where it has any, license its hosts' Windows guests too.
  const coverage = prices.find((p) => p.windowsGuests)?.windowsGuests;
  const covering = (line: CostLine) =>
    line.priceKey === "quote" || prices.some((p) => p.key === line.priceKey && p.windowsGuests);
  let guestAmount = 0;
  if (coverage === "unlimited") {
    into.notes.push("Datacenter licenses the hosts for unlimited Windows Server guests: no separate guest licences.");
    guestAmount = into.lines.filter(covering).reduce((total, line) => total + line.amount, 0);
  } else if (coverage === "two-per-licence" && windowsVms > 0) {
    // Standard: two Windows VMs per full licensing of a host; more VMs stack further licences on every host.
    const perHost = Math.ceil(windowsVms / estate.hosts);
    const stacks = Math.ceil(perHost / 2);
    into.lines = into.lines.map((line) => (covering(line) && stacks > 1 ? stacked(line, stacks, perHost) : line));
    into.notes.push(
      `Standard licenses two Windows Server VMs per full licensing of a host: ${plural(windowsVms, "Windows VM")} over ${plural(estate.hosts, "host")} is up to ${plural(perHost, "VM")} per host, so each host's cores are licensed ${plural(stacks, "time")}.`,
    );
    // What the choice adds beyond the guest licences every option needs: the Datacenter guest line the others carry.
    const datacenter = guestLines(kb, quotes, estate, years, windowsVms);
    const own = into.lines.filter(covering).reduce((total, line) => total + line.amount, 0);
    guestAmount = Math.min(
      own,
      datacenter.lines.reduce((total, line) => total + line.amount, 0),
    );
  } else if (windowsVms > 0) {
    const guests = guestLines(kb, quotes, estate, years, windowsVms);
    into.lines.push(...guests.lines);
    into.quotesNeeded.push(...guests.quotesNeeded);
    into.notes.push(...guests.notes);
    guestAmount = guests.lines.reduce((total, line) => total + line.amount, 0);
  } else if (estate.windowsVms === undefined) {
    into.notes.push(
      "No count of Windows VMs was given, so no Windows Server guest licences are included: with Windows guests, every option needs them on every host core (Windows Server Datacenter includes them).",
    );
  }

  const windowsGuests = windowsVms > 0 ? cents(guestAmount) : 0;
  const quoteRequired = into.quotesNeeded.length > 0;
  const sum = cents(into.lines.reduce((total, line) => total + line.amount, 0));
  const perYear = quoteRequired ? null : sum;
  return {
    currency: "USD",
    perYear,
    years,
    total: perYear === null ? null : cents(perYear * years),
    quoteRequired,
    quotesNeeded: into.quotesNeeded,
    lines: into.lines,
    windowsGuests,
    notes: [...new Set(into.notes)],
  };
}
