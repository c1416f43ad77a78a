// Assembles the seed knowledge base (hypervisors, criteria, ratings, platforms, support, capabilities, history)
// and its plan data (products, prices, exchange rates, migration paths), which VDI broker supports which family,
// and the must-haves a platform itself delivers.
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { brokerSupport } from "./broker-support";
import { capabilities } from "./capabilities";
import { criteria } from "./criteria";
import { history } from "./history";
import { hypervisors } from "./hypervisors";
import { migrationPaths } from "./migration-paths";
import { platformCapabilities } from "./platform-capabilities";
import { platformSupport } from "./platform-support";
import { platforms } from "./platforms";
import { exchangeRates, prices } from "./prices";
import { products } from "./products";
import { esxiRatings } from "./ratings-esxi";
import { hyperVRatings } from "./ratings-hyper-v";
import { kvmRatings } from "./ratings-kvm";
import { xenRatings } from "./ratings-xen";

const ratings = [...esxiRatings, ...hyperVRatings, ...kvmRatings, ...xenRatings];

export const seedKnowledge: KnowledgeContent = {
  hypervisors,
  criteria,
  ratings,
  platforms,
  platformSupport,
  capabilities,
  history,
  products,
  prices,
  exchangeRates,
  migrationPaths,
  brokerSupport,
  platformCapabilities,
};

export { SEED_RELEASES } from "./releases";
