// How each kind of knowledge-base entry is identified: one key function per collection, shared by
// the version diff, the admin editor (URLs like /admin/edit/ratings/kvm/licence-cost) and import checks.
import type { KnowledgeContent } from "./schema";

export type Collection = keyof KnowledgeContent;
type Item<C extends Collection> = KnowledgeContent[C][number];

export const ENTRY_KEYS: { [C in Collection]: (item: Item<C>) => string } = {
  hypervisors: (h) => h.id,
  criteria: (c) => c.key,
  ratings: (r) => `${r.hypervisor}/${r.criterion}`,
  platforms: (p) => p.id,
  platformSupport: (s) => `${s.platform}/${s.hypervisor}`,
  capabilities: (c) => `${c.hypervisor}/${c.mustHave}`,
  history: (e) => e.key,
  products: (p) => p.id,
  prices: (p) => `${p.product}/${p.key}`,
  exchangeRates: (r) => r.currency,
  migrationPaths: (m) => `${m.from}/${m.to}/${m.product}`,
  brokerSupport: (b) => `${b.broker}/${b.hypervisor}`,
  platformCapabilities: (c) => `${c.platform}/${c.hypervisor}/${c.mustHave}`,
};

export const COLLECTION_LABELS: Record<Collection, string> = {
  hypervisors: "Hypervisors",
  criteria: "Criteria",
  ratings: "Ratings",
  platforms: "Platforms",
  platformSupport: "Platform support",
  capabilities: "Must-have capabilities",
  history: "History",
  products: "Products",
  prices: "Prices",
  exchangeRates: "Exchange rates",
  migrationPaths: "Migration paths",
  brokerSupport: "VDI broker support",
  platformCapabilities: "Must-haves on a platform",
};

export const COLLECTIONS = Object.keys(ENTRY_KEYS) as Collection[];

export function entryKey<C extends Collection>(collection: C, item: Item<C>): string {
  return ENTRY_KEYS[collection](item);
}

/**
 * An entry's key in words for the admin pages: each part that names a hypervisor, criterion,
 * platform, product, must-have or VDI broker becomes that thing's name ("kvm/licence-cost" →
 * "KVM · Licence and subscription cost"); any other part (a price key, a currency) stays as is.
 */
export function describeEntryKey(key: string, content: KnowledgeContent, labels: Record<string, string> = {}): string {
  const names = new Map<string, string>([
    ...content.hypervisors.map((h) => [h.id, h.name] as const),
    ...content.criteria.map((c) => [c.key, c.name] as const),
    ...content.platforms.map((p) => [p.id, p.name] as const),
    ...content.products.map((p) => [p.id, p.name] as const),
    ...Object.entries(labels),
  ]);
  return key
    .split("/")
    .map((part) => names.get(part) ?? part)
    .join(" · ");
}
