// Answers and weight overrides as URL search parameters, so a results URL reproduces the same view
// after a reload or when pasted to a colleague. Readable on purpose:
//   /results?workloads=linux-apps,vdi&guestOs=mostly-linux&…&mustHaves=&teamSkills=linux&w.licence-cost=30
// Lists are comma-separated (an empty value is an empty list); overrides are `w.<criterion>=<number>`.
// The optional estate is `estate.hosts=40&estate.socketsPerHost=2&…`, or as clusters
// `estate.clusters=SQL:4x2x24:120:80:0:12.5:databases;VDI:8x2x24:380:0:380` (cluster-param.ts), never
// both (the schema names `estate`), the horizon `years=3`, families ruled out
// `ruledOut=esxi,xen`, an assumption of the cost model `a.<field>=<value>` (e.g. `a.discountRate=0.07`,
// `a.renewalDate=2027-06-30`) and a quote `q.<product>=<amount>:<unit>[:<currency>]` (e.g. `q.vvf=150:core-year`).
import type { z } from "zod";
import { MAX_QUOTES, quoteSchema, type Quotes } from "@/lib/questionnaire/quotes";
import { ASSUMPTION_FIELDS, assumptionsSchema, type Assumptions } from "./assumptions";
import { weightOverridesSchema, type WeightOverrides } from "./weights";
import { answersSchema, type Answers, type Estate } from "./answers";
import { formatQuote } from "./quote-param";
import { formatClusters, readClusters } from "./cluster-param";
import { fieldErrorsFromZod, formatPath, type FieldError } from "@/lib/validation/field-errors";

export type { WeightOverrides } from "./weights";

const ESTATE_FIELDS: (keyof Estate)[] = [
  "hosts",
  "socketsPerHost",
  "coresPerSocket",
  "vms",
  "windowsVms",
  "desktopVms",
];
const ESTATE_PREFIX = "estate.";
const CLUSTERS_PARAM = "estate.clusters";
const QUOTE_PREFIX = "q.";
const ASSUMPTION_PREFIX = "a.";
/** Assumptions whose value is text; the others are numbers in the URL. */
const TEXT_ASSUMPTIONS = new Set<keyof Assumptions>(["windowsOwned", "renewalDate"]);

const LIST_FIELDS = new Set<keyof Answers>(["workloads", "mustHaves", "teamSkills"]);
const FIELD_ORDER: (keyof Answers)[] = [
  "workloads",
  "guestOs",
  "licensing",
  "cloudPlatform",
  "currentPlatform",
  "scale",
  "budget",
  "mustHaves",
  "teamSkills",
];
const OVERRIDE_PREFIX = "w.";

export function answersToSearchParams(
  answers: Answers,
  overrides: WeightOverrides = {},
  quotes: Quotes = {},
  assumptions: Assumptions = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELD_ORDER) {
    const value = answers[field];
    params.set(field, Array.isArray(value) ? value.join(",") : String(value));
  }
  if (answers.vdiBroker !== undefined) params.set("vdiBroker", answers.vdiBroker);
  if (answers.ruledOut !== undefined) params.set("ruledOut", answers.ruledOut.join(","));
  if (answers.estate) {
    for (const field of ESTATE_FIELDS) {
      const value = answers.estate[field];
      if (value !== undefined) params.set(`${ESTATE_PREFIX}${field}`, String(value));
    }
    if (answers.estate.clusters) params.set(CLUSTERS_PARAM, formatClusters(answers.estate.clusters));
  }
  if (answers.years !== undefined) params.set("years", String(answers.years));
  for (const field of ASSUMPTION_FIELDS) {
    const value = assumptions[field];
    if (value !== undefined) params.set(`${ASSUMPTION_PREFIX}${field}`, String(value));
  }
  for (const [key, weight] of Object.entries(overrides)) params.set(`${OVERRIDE_PREFIX}${key}`, String(weight));
  for (const [product, quote] of Object.entries(quotes)) params.set(`${QUOTE_PREFIX}${product}`, formatQuote(quote));
  return params;
}

export { formatQuote };

/** A number parameter: a string that is not a number stays a string, so the schema names the field. */
function numberParam(value: string): number | string {
  return value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, name: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value[0] : value;
}

function names(source: ParamSource): string[] {
  return source instanceof URLSearchParams ? [...source.keys()] : Object.keys(source);
}

export type ParsedResultsParams =
  | { ok: true; answers: Answers; weights: WeightOverrides; quotes: Quotes; assumptions: Assumptions }
  | { ok: false; fields: FieldError[] };

export function parseResultsParams(source: ParamSource): ParsedResultsParams {
  const raw: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const value = read(source, field);
    if (value === undefined) continue;
    raw[field] = LIST_FIELDS.has(field) ? (value === "" ? [] : value.split(",")) : value;
  }
  const estate: Record<string, unknown> = {};
  for (const field of ESTATE_FIELDS) {
    const value = read(source, `${ESTATE_PREFIX}${field}`);
    if (value !== undefined) estate[field] = numberParam(value);
  }
  const fields: FieldError[] = [];
  const clusters = read(source, CLUSTERS_PARAM);
  if (clusters !== undefined) {
    const written = readClusters(clusters);
    estate.clusters = written.clusters;
    for (const { path, message } of written.problems) fields.push({ field: formatPath(path, CLUSTERS_PARAM), message });
  }
  if (Object.keys(estate).length > 0) raw.estate = estate;
  const years = read(source, "years");
  if (years !== undefined) raw.years = numberParam(years);
  const vdiBroker = read(source, "vdiBroker");
  if (vdiBroker !== undefined) raw.vdiBroker = vdiBroker;
  const ruledOut = read(source, "ruledOut");
  if (ruledOut !== undefined) raw.ruledOut = ruledOut === "" ? [] : ruledOut.split(",");
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) fields.push(...fieldErrorsFromZod(parsed.error as z.ZodError));

  const overrides: WeightOverrides = {};
  const rawOverrides: Record<string, unknown> = {};
  for (const name of names(source)) {
    if (!name.startsWith(OVERRIDE_PREFIX)) continue;
    rawOverrides[name.slice(OVERRIDE_PREFIX.length)] = numberParam(read(source, name) ?? "");
  }
  // The API's own rule for overrides (0 to 1,000 each), so a shared link can hold no weight the API refuses.
  const weights = weightOverridesSchema.safeParse(rawOverrides);
  if (weights.success) Object.assign(overrides, weights.data);
  else fields.push(...fieldErrorsFromZod(weights.error as z.ZodError, "weights"));
  const quotes: Quotes = {};
  for (const name of names(source)) {
    if (!name.startsWith(QUOTE_PREFIX)) continue;
    const product = name.slice(QUOTE_PREFIX.length);
    const [amount = "", unit, currency = "USD"] = (read(source, name) ?? "").split(":");
    const quote = quoteSchema.safeParse({ amount: numberParam(amount), unit, currency });
    if (!quote.success) fields.push(...fieldErrorsFromZod(quote.error as z.ZodError, `quotes.${product}`));
    else if (!/^[a-z][a-z0-9-]{1,59}$/.test(product))
      fields.push({ field: `quotes.${product}`, message: "is not a product id" });
    else quotes[product] = quote.data;
  }
  if (Object.keys(quotes).length > MAX_QUOTES)
    fields.push({ field: "quotes", message: `holds at most ${MAX_QUOTES} quotes` });
  const assumptions = parseAssumptions(source);
  if (!assumptions.success) fields.push(...fieldErrorsFromZod(assumptions.error as z.ZodError, "assumptions"));
  if (fields.length > 0 || !parsed.success || !assumptions.success) return { ok: false, fields };
  return { ok: true, answers: parsed.data, weights: overrides, quotes, assumptions: assumptions.data };
}

/** `a.<field>` parameters through the API's own schema: an unknown field or a bad value is named. */
function parseAssumptions(source: ParamSource) {
  const raw: Record<string, unknown> = {};
  for (const name of names(source)) {
    if (!name.startsWith(ASSUMPTION_PREFIX)) continue;
    const field = name.slice(ASSUMPTION_PREFIX.length);
    const value = read(source, name) ?? "";
    raw[field] = TEXT_ASSUMPTIONS.has(field as keyof Assumptions) ? value : numberParam(value);
  }
  return assumptionsSchema.safeParse(raw);
}
