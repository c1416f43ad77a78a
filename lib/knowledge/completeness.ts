// Checks a whole knowledge base beyond what the per-entry schemas can: unique keys, references that
// resolve, and coverage the engine relies on (every hypervisor rated on every rated criterion, every
// platform × hypervisor and hypervisor × must-have stated). Returns every problem with its path.
import { formatPath, type FieldError } from "@/lib/validation/field-errors";
import { CLOUD_PLATFORMS, HYPERVISOR_IDS, KNOWN_VDI_BROKERS, MUST_HAVES } from "@/lib/questionnaire/options";
import { COLLECTIONS, entryKey } from "./entries";
import type { KnowledgeContent } from "./schema";

/** Derived criteria the engine can compute (lib/decision/derived-ratings.ts); any other would score 0. */
export const DERIVED_CRITERIA = ["platform-fit", "team-fit", "kubernetes-fit"] as const;

export function checkKnowledge(content: KnowledgeContent, prefix?: string): FieldError[] {
  const errors: FieldError[] = [];
  const at = (path: (string | number)[], message: string) => errors.push({ field: formatPath(path, prefix), message });

  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    (content[collection] as never[]).forEach((item, i) => {
      const key = entryKey(collection, item);
      if (seen.has(key)) at([collection, i], `repeats "${key}"`);
      seen.add(key);
    });
  }

  const hypervisors = new Set<string>(content.hypervisors.map((h) => h.id));
  for (const id of HYPERVISOR_IDS) if (!hypervisors.has(id)) at(["hypervisors"], `is missing "${id}"`);
  const platforms = new Set<string>(content.platforms.map((p) => p.id));
  for (const id of CLOUD_PLATFORMS) if (!platforms.has(id)) at(["platforms"], `is missing "${id}"`);

  const kinds = new Map(content.criteria.map((c) => [c.key, c.kind]));
  content.criteria.forEach((c, i) => {
    if (c.kind === "derived" && !(DERIVED_CRITERIA as readonly string[]).includes(c.key)) {
      at(["criteria", i, "key"], `is not a derived criterion the engine computes (${DERIVED_CRITERIA.join(", ")})`);
    }
  });
  if (!content.criteria.some((c) => c.defaultWeight > 0))
    at(["criteria"], "need at least one criterion with a default weight above 0");

  const rated = new Set<string>();
  content.ratings.forEach((r, i) => {
    const kind = kinds.get(r.criterion);
    if (!kind) at(["ratings", i, "criterion"], `"${r.criterion}" is not a criterion`);
    else if (kind === "derived") at(["ratings", i, "criterion"], `"${r.criterion}" is derived and takes no ratings`);
    rated.add(`${r.hypervisor}/${r.criterion}`);
  });
  for (const c of content.criteria.filter((c) => c.kind === "rated")) {
    for (const h of HYPERVISOR_IDS)
      if (!rated.has(`${h}/${c.key}`)) at(["ratings"], `has no rating for ${h} on "${c.key}"`);
  }

  const supported = new Set(content.platformSupport.map((s) => `${s.platform}/${s.hypervisor}`));
  for (const p of CLOUD_PLATFORMS) {
    for (const h of HYPERVISOR_IDS)
      if (!supported.has(`${p}/${h}`)) at(["platformSupport"], `has no entry for ${h} on ${p}`);
  }
  const capable = new Set(content.capabilities.map((c) => `${c.hypervisor}/${c.mustHave}`));
  for (const h of HYPERVISOR_IDS) {
    for (const m of MUST_HAVES) if (!capable.has(`${h}/${m}`)) at(["capabilities"], `has no entry for ${h} on "${m}"`);
  }
  checkPlan(content, at);
  checkBrokers(content, at);
  return errors;
}

/** Broker support: once any is given, every known broker is stated for every family, once; named products exist in it. */
function checkBrokers(content: KnowledgeContent, at: (path: (string | number)[], message: string) => void): void {
  if (content.brokerSupport.length === 0) return;
  const family = new Map(content.products.map((p) => [p.id, p.hypervisor]));
  const seen = new Set<string>();
  content.brokerSupport.forEach((b, i) => {
    const key = `${b.broker}/${b.hypervisor}`;
    if (seen.has(key)) at(["brokerSupport", i], `repeats ${key}`);
    seen.add(key);
    b.products?.forEach((id, j) => {
      if (family.get(id) !== b.hypervisor)
        at(["brokerSupport", i, "products", j], `"${id}" is not a product of ${b.hypervisor}`);
    });
  });
  for (const broker of KNOWN_VDI_BROKERS)
    for (const h of HYPERVISOR_IDS)
      if (!seen.has(`${broker}/${h}`)) at(["brokerSupport"], `has no entry for ${broker} on ${h}`);
}

/** The plan collections: every price and path names a real product, every priced currency has a rate. */
function checkPlan(content: KnowledgeContent, at: (path: (string | number)[], message: string) => void): void {
  const family = new Map(content.products.map((p) => [p.id, p.hypervisor]));
  const rated = new Set<string>(["USD", ...content.exchangeRates.map((r) => r.currency)]);
  content.prices.forEach((p, i) => {
    if (!family.has(p.product)) at(["prices", i, "product"], `"${p.product}" is not a product`);
    if (p.amount !== null && !rated.has(p.currency)) at(["prices", i, "currency"], `has no exchange rate to USD`);
  });
  content.migrationPaths.forEach((m, i) => {
    if (m.from === m.to) at(["migrationPaths", i, "to"], "must differ from from: staying put has no migration");
    if (m.product !== "any" && family.get(m.product) !== m.to)
      at(["migrationPaths", i, "product"], `"${m.product}" is not a product of ${m.to}`);
  });
  content.products.forEach((p, i) => {
    const kind = new Map(content.criteria.map((c) => [c.key, c.kind]));
    p.ratings.forEach((r, j) => {
      if (kind.get(r.criterion) !== "rated")
        at(["products", i, "ratings", j, "criterion"], `"${r.criterion}" is not a rated criterion`);
    });
  });
}
