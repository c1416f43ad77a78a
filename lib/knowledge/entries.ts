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
