// Assembles the seed knowledge base (hypervisors, criteria, ratings, platforms, support, capabilities, history).
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { capabilities } from "./capabilities";
import { criteria } from "./criteria";
import { history } from "./history";
import { hypervisors } from "./hypervisors";
import { platformSupport } from "./platform-support";
import { platforms } from "./platforms";
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
};
