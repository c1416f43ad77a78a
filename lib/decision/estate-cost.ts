// What a product costs this estate per year, line by line, with arithmetic a person can redo by hand:
// quantity × unit price, each minimum applied and named, Windows Server licensed host by host, the
// licences the estate owns carried over (docs/method.md, "Costs").
import type { ExchangeRate, Price, PriceMinimum, Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import type { EstateCluster } from "@/lib/questionnaire/estate";
import { estateTotals } from "@/lib/questionnaire/estate";
import type { Quote, Quotes } from "@/lib/questionnaire/quotes";
import { countCores } from "./core-count";
import { DESKTOP_RULE, type ResolvedAssumptions } from "./cost-rules";
import { cents, formatCount, formatMoney, formatPercent, formatPrecise, formatUsd, plural } from "./money-format";
import type { Cost, CostLine, QuoteNeeded } from "./types";
import {
  blockQuantity,
  describeBlocks,
  planGuestLicensing,
  planHostLicensing,
  type HostBlock,
  type WindowsEdition,
  type WindowsUnit,
} from "./windows-licensing";
import { WINDOWS_PRICES } from "./windows-prices";

interface UnitPriced {
  unitPrice: number;
  unitPriceText: string;
  unit: string;
}

interface Counted {
  quantity: number;
  quantityText: string;
  notes: string[];
}

const perCore = (unit: string) => unit.startsWith("core-");

/** The yearly USD price of one unit, with the steps that got there. */
function unitFor(
  shape: { unit: Price["unit"]; amount: number; currency: string },
  years: number,
  usdPer: number,
): UnitPriced {
  let converted = shape.amount * usdPer;
  const steps: string[] = [formatMoney(shape.amount, shape.currency)];
  if (shape.currency !== "USD") steps.push(`× ${usdPer} US$ per ${shape.currency}`);
  let unit: string;
  if (shape.unit === "core-month") {
    converted *= 12;
    steps.push("× 12 months");
    unit = "physical core per year (billed monthly)";
  } else if (shape.unit === "core-perpetual") {
    converted /= years;
    steps.push(`÷ ${plural(years, "year")}`);
    unit = `physical core (a one-off licence spread over ${plural(years, "year")})`;
  } else if (shape.unit === "core-year") unit = "physical core per year";
  else if (shape.unit === "socket-year") unit = "CPU socket per year";
  else if (shape.unit === "host-year") unit = "host per year";
  else unit = "estate per year";
  const unitPriceText =
    steps.length > 1 ? `(${steps.join(" ")} = US$${formatPrecise(converted)})` : `US$${formatPrecise(converted)}`;
  return { unitPrice: converted, unitPriceText, unit };
}

function countFor(
  unit: Price["unit"],
  clusters: readonly EstateCluster[],
  minimums: readonly PriceMinimum[],
  orderMinimums: boolean,
): Counted {
  const totals = estateTotals(clusters);
  if (perCore(unit)) {
    const cores = countCores(
      clusters.flatMap((c) => c.hostGroups),
      minimums,
      orderMinimums,
    );
    return {
      quantity: cores.total,
      quantityText: `${cores.text} = ${plural(cores.total, "core")}`,
      notes: cores.notes,
    };
  }
  if (unit === "socket-year")
    return { quantity: totals.sockets, quantityText: plural(totals.sockets, "CPU socket"), notes: [] };
  if (unit === "host-year") return { quantity: totals.hosts, quantityText: plural(totals.hosts, "host"), notes: [] };
  return { quantity: 1, quantityText: "1 estate", notes: [] };
}

function toLine(
  item: string,
  product: string,
  priceKey: string,
  counted: Pick<Counted, "quantity" | "quantityText">,
  priced: UnitPriced,
  rest: Pick<CostLine, "basis" | "source" | "asOf">,
): CostLine {
  const amount = cents(counted.quantity * priced.unitPrice);
  return {
    item,
    product,
    priceKey,
    quantity: counted.quantity,
    unit: priced.unit,
    unitPrice: priced.unitPrice,
    amount,
    arithmetic: `${counted.quantityText}; ${formatCount(counted.quantity)} × ${priced.unitPriceText} = ${formatUsd(amount)}`,
    ...rest,
  };
}

const sourceOf = (price: Price) => ({ title: price.sources[0]!.title, url: price.sources[0]!.url });
const QUOTE_SOURCE = { title: "Your quote", url: null };

/** US dollars per unit of `currency`, from the knowledge base's dated rates (1 for USD itself). */
function rateFor(
  rates: readonly ExchangeRate[],
  currency: string,
): Pick<ExchangeRate, "usd" | "sources" | "asOf"> | undefined {
  return currency === "USD" ? { usd: 1, sources: [], asOf: "" } : rates.find((r) => r.currency === currency);
}

const conversionNote = (currency: string, rate: Pick<ExchangeRate, "usd" | "sources" | "asOf">) =>
  `${currency} converted at ${rate.usd} US$ per ${currency} (${rate.sources[0]?.title ?? "recorded rate"}, ${rate.asOf}).`;

/** Own keys only: a product id such as "constructor" must never find Object.prototype's. */
export function quoteFor(quotes: Quotes, productId: string): Quote | undefined {
  return Object.hasOwn(quotes, productId) ? quotes[productId] : undefined;
}

interface Collected {
  lines: CostLine[];
  quotesNeeded: QuoteNeeded[];
  notes: string[];
}

/** A price or quote ready to bill: its yearly unit price and the line's provenance. */
interface Billable {
  priced: UnitPriced;
  unit: Price["unit"];
  minimums: readonly PriceMinimum[];
  product: string;
  priceKey: string;
  item: string;
  meta: Pick<CostLine, "basis" | "source" | "asOf">;
  /** A user's quote replaces the order minimum with its own terms. */
  orderMinimums: boolean;
}

function billablePrice(kb: KnowledgeContent, price: Price, years: number, into: Collected): Billable | null {
  if (price.amount === null) {
    into.quotesNeeded.push({ product: price.product, item: price.item, note: price.note, source: sourceOf(price) });
    return null;
  }
  const rate = rateFor(kb.exchangeRates, price.currency);
  if (!rate) {
    into.quotesNeeded.push({
      product: price.product,
      item: price.item,
      note: `No ${price.currency} to USD rate is recorded, so this ${price.currency} price cannot be compared.`,
      source: sourceOf(price),
    });
    return null;
  }
  if (price.currency !== "USD") into.notes.push(conversionNote(price.currency, rate));
  return {
    priced: unitFor({ unit: price.unit, amount: price.amount, currency: price.currency }, years, rate.usd),
    unit: price.unit,
    minimums: price.minimums,
    product: price.product,
    priceKey: price.key,
    item: price.item,
    meta: { basis: price.basis, source: sourceOf(price), asOf: price.asOf },
    orderMinimums: true,
  };
}

function billableQuote(
  kb: KnowledgeContent,
  product: Product,
  quote: Quote,
  item: string,
  years: number,
  into: Collected,
): Billable | null {
  const rate = rateFor(kb.exchangeRates, quote.currency);
  if (!rate) {
    into.quotesNeeded.push({
      product: product.id,
      item,
      note: `No ${quote.currency} to USD rate is recorded, so your quote cannot be converted.`,
      source: QUOTE_SOURCE,
    });
    return null;
  }
  if (quote.currency !== "USD") into.notes.push(conversionNote(quote.currency, rate));
  // A quote changes the price, not how the vendor counts: the product's own per-CPU and per-host
  // minimums for that unit still apply; the order minimum is the quote's own business.
  const minimums =
    kb.prices.find(
      (p) => p.product === product.id && (p.unit === quote.unit || (perCore(p.unit) && perCore(quote.unit))),
    )?.minimums ?? [];
  return {
    priced: unitFor(quote, years, rate.usd),
    unit: quote.unit,
    minimums,
    product: product.id,
    priceKey: "quote",
    item,
    meta: { basis: "quote", source: QUOTE_SOURCE, asOf: null },
    orderMinimums: false,
  };
}

function bill(b: Billable, clusters: readonly EstateCluster[], into: Collected): CostLine {
  const counted = countFor(b.unit, clusters, b.minimums, b.orderMinimums);
  into.notes.push(...counted.notes);
  return toLine(b.item, b.product, b.priceKey, counted, b.priced, b.meta);
}

/** One line per edition for Windows Server host blocks (Standard and Datacenter apart). */
function windowsLines(
  blocks: readonly HostBlock[],
  billables: Partial<Record<WindowsEdition, Billable>>,
  multiCluster: boolean,
  itemFor: (edition: WindowsEdition, b: Billable) => string,
): CostLine[] {
  const lines: CostLine[] = [];
  for (const edition of ["standard", "datacenter"] as const) {
    const mine = blocks.filter((b) => b.edition === edition);
    const billable = billables[edition];
    if (mine.length === 0 || !billable) continue;
    const quantity = blockQuantity(mine);
    lines.push(
      toLine(
        itemFor(edition, billable),
        billable.product,
        billable.priceKey,
        { quantity, quantityText: `${describeBlocks(mine, multiCluster)} = ${plural(quantity, "core licensing")}` },
        billable.priced,
        billable.meta,
      ),
    );
  }
  return lines;
}

/** The Windows Server prices (or the user's quotes for them) guest licences are bought at. */
function windowsBillables(kb: KnowledgeContent, quotes: Quotes, years: number, into: Collected) {
  const billables: Partial<Record<WindowsEdition, Billable>> = {};
  for (const edition of ["standard", "datacenter"] as const) {
    const ref = WINDOWS_PRICES[edition];
    const quote = quoteFor(quotes, ref.product);
    const product = kb.products.find((p) => p.id === ref.product);
    const price = kb.prices.find((p) => p.product === ref.product && p.key === ref.key);
    const b =
      quote && product && perCore(quote.unit)
        ? billableQuote(kb, product, quote, price?.item ?? product.name, years, into)
        : price
          ? billablePrice(kb, price, years, into)
          : null;
    if (b && perCore(b.unit)) billables[edition] = b;
  }
  return billables;
}

const unitOf = (b: Billable | undefined): WindowsUnit | null =>
  b ? { unitPrice: b.priced.unitPrice, minimums: b.minimums } : null;

interface GuestLicensing {
  billables: Partial<Record<WindowsEdition, Billable>>;
  guests: ReturnType<typeof planGuestLicensing>;
  guestLines: CostLine[];
  notes: string[];
}

/**
 * The same for every product of one evaluation (it depends on the estate, the Windows prices and
 * quotes, the horizon and what is owned), so it is worked out once per estate object: the engine
 * builds one clusters array per evaluation, and the memo goes with it.
 */
const guestMemo = new WeakMap<readonly EstateCluster[], { key: unknown[]; value: GuestLicensing }>();

function guestLicensing(
  kb: KnowledgeContent,
  quotes: Quotes,
  years: number,
  clusters: readonly EstateCluster[],
  owned: ResolvedAssumptions["windowsOwned"],
  notes: string[],
): GuestLicensing {
  const key = [kb, quotes, years, owned];
  const memo = guestMemo.get(clusters);
  if (memo && memo.key.every((k, i) => k === key[i])) {
    notes.push(...memo.value.notes);
    return memo.value;
  }
  const collected: Collected = { lines: [], quotesNeeded: [], notes: [] };
  const billables = windowsBillables(kb, quotes, years, collected);
  const guests = planGuestLicensing(clusters, owned, {
    standard: unitOf(billables.standard),
    datacenter: unitOf(billables.datacenter),
  });
  const windowsServerVms = estateTotals(clusters).windowsServerVms;
  const guestLines = windowsLines(
    guests.blocks,
    billables,
    clusters.length > 1,
    (edition) =>
      `Windows Server ${edition === "standard" ? "Standard" : "Datacenter"} for ${plural(windowsServerVms, "Windows Server VM")}`,
  );
  const value = { billables, guests, guestLines, notes: collected.notes };
  guestMemo.set(clusters, { key, value });
  notes.push(...value.notes);
  return value;
}

export interface CostInput {
  kb: KnowledgeContent;
  product: Product;
  clusters: readonly EstateCluster[];
  years: number;
  quotes?: Quotes;
  assumptions: ResolvedAssumptions;
  /** Whether this product is the platform the team runs today (its renewal risks apply). */
  staying: boolean;
}

/** The product's recurring cost for the estate: its own lines and the Windows Server guests' licences. */
export function priceEstate({ kb, product, clusters, years, quotes = {}, assumptions, staying }: CostInput): Cost {
  const into: Collected = { lines: [], quotesNeeded: [], notes: [] };
  const owned = assumptions.windowsOwned;
  const multiCluster = clusters.length > 1;
  const quote = quoteFor(quotes, product.id);
  const prices = kb.prices.filter((p) => p.product === product.id);
  const coverage = prices.find((p) => p.windowsGuests);
  const hostEdition: WindowsEdition | null = coverage
    ? coverage.windowsGuests === "unlimited"
      ? "datacenter"
      : "standard"
    : null;

  const own: Billable[] = [];
  if (quote) {
    const b = billableQuote(kb, product, quote, `Your quote for ${product.name}`, years, into);
    if (b) own.push(b);
  } else if (prices.length === 0) {
    // No price recorded is not a price of zero.
    into.quotesNeeded.push({
      product: product.id,
      item: product.name,
      note: "This knowledge base records no price for this product.",
      source: { title: product.sources[0]!.title, url: product.sources[0]!.url },
    });
  } else {
    for (const price of prices) {
      const b = billablePrice(kb, price, years, into);
      if (b) own.push(b);
    }
  }

  // Hyper-V's host licences are Windows Server itself: counted host by host, owned licences carried over.
  const hostLicence = (b: Billable) =>
    hostEdition !== null && perCore(b.unit) && (b.priceKey === "quote" || b.priceKey === coverage?.key);
  for (const b of own) {
    if (!hostLicence(b)) {
      into.lines.push(bill(b, clusters, into));
      continue;
    }
    const plan = planHostLicensing(clusters, owned, hostEdition!, {
      unitPrice: b.priced.unitPrice,
      minimums: b.minimums,
    });
    into.notes.push(...plan.notes);
    into.lines.push(...windowsLines(plan.blocks, { [hostEdition!]: b }, multiCluster, () => b.item));
  }

  // The Windows Server guests' licences every option needs; a Hyper-V product's host licences include them.
  const totals = estateTotals(clusters);
  const { billables, guests, guestLines } = guestLicensing(kb, quotes, years, clusters, owned, into.notes);
  const guestAmount = guestLines.reduce((sum, l) => sum + l.amount, 0);
  let windowsGuests = 0;
  if (hostEdition) {
    const hostAmount = into.lines
      .filter((l) => l.priceKey === "quote" || l.priceKey === coverage?.key)
      .reduce((s, l) => s + l.amount, 0);
    windowsGuests = Math.min(hostAmount, guestAmount);
    if (totals.windowsServerVms > 0)
      into.notes.push(
        hostEdition === "datacenter"
          ? "Datacenter licenses each host for unlimited Windows Server guests: no separate guest licences."
          : "Standard's host licences are stacked for the Windows Server guests each host runs: no separate guest licences.",
      );
  } else if (totals.windowsServerVms > 0) {
    if (guests.blocks.length > 0 && !billables.standard && !billables.datacenter)
      into.notes.push("Windows Server guest licences are needed but this knowledge base has no price for them.");
    into.lines.push(...guestLines);
    into.notes.push(...guests.notes);
    windowsGuests = guestAmount;
  }
  if (clusters.some((c) => !c.windowsGiven))
    into.notes.push(
      "No count of Windows Server VMs was given, so no Windows Server guest licences are included: every host that runs one needs its cores licensed (Standard for two VMs per licensing, Datacenter for unlimited).",
    );
  if (totals.desktopVms > 0) into.notes.push(`${plural(totals.desktopVms, "desktop VM")}: ${DESKTOP_RULE.note}`);

  addVendorTerms(prices, into, clusters, assumptions, staying, quote !== undefined);

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
    windowsGuests: cents(windowsGuests),
    notes: [...new Set(into.notes)],
    oneOff: null,
    cashFlow: [],
    npv: null,
  };
}

/** A subscription's term, included storage and late-renewal surcharge, where the price records them. */
function addVendorTerms(
  prices: readonly Price[],
  into: Collected,
  clusters: readonly EstateCluster[],
  assumptions: ResolvedAssumptions,
  staying: boolean,
  quoted: boolean,
): void {
  const storage = clusters.reduce((sum, c) => sum + (c.storageTiB ?? 0), 0);
  const given = clusters.some((c) => c.storageTiB !== undefined);
  for (const price of prices) {
    const line = into.lines.find((l) => l.priceKey === price.key && l.product === price.product);
    if (price.termYears !== undefined && !quoted) {
      const asked = assumptions.vmwareTermYears;
      into.notes.push(
        asked === null || asked === price.termYears
          ? `${price.item}: priced at the ${price.termYears}-year term rate the source quotes.`
          : `${price.item}: the source quotes the ${price.termYears}-year term rate; no ${asked}-year figure is recorded (a 1-year term is reported dearer), so enter your quote for a ${asked}-year term.`,
      );
    }
    if (price.includedTiBPerCore !== undefined && given && line) {
      const included = line.quantity * price.includedTiBPerCore;
      into.notes.push(
        storage <= included
          ? `${price.item}: the ${formatCount(storage)} TiB in use fit the ${formatCount(included)} TiB of vSAN capacity included (${price.includedTiBPerCore} TiB per licensed core).`
          : `${price.item}: the ${formatCount(storage)} TiB in use exceed the ${formatCount(included)} TiB of vSAN capacity included (${price.includedTiBPerCore} TiB per licensed core) by ${formatCount(cents(storage - included))} TiB; on vSAN that capacity is an add-on with no public price recorded (enter a quote), on external storage it costs nothing here.`,
      );
    }
    if (price.lateRenewalPercent !== undefined && staying && line) {
      const surcharge = cents((line.amount * price.lateRenewalPercent) / 100);
      const when = assumptions.renewalDate ? `after ${assumptions.renewalDate}` : "after the contract ends";
      into.notes.push(
        `Risk: renewing ${price.item} ${when} carries a reported ${formatPercent(price.lateRenewalPercent / 100)} surcharge, about ${formatUsd(surcharge)} on this estate's yearly ${formatUsd(line.amount)} (secondary sources; not in the figures).`,
      );
    }
  }
}
