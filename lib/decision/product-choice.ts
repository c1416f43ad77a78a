// Which product of a family to buy: the active products without a gap on the team's must-haves,
// ranked by the fit rules the knowledge base gives each product (docs/method.md, "Products").
import type { FitCondition, Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { ProductChoice } from "./types";
import { indexKnowledge } from "./knowledge-index";
import { brokerProducts } from "./vdi-broker";

export function conditionHolds(when: FitCondition, answers: Answers): boolean {
  if (when.guestOs && answers.guestOs !== when.guestOs) return false;
  if (when.licensing && answers.licensing !== when.licensing) return false;
  if (when.cloudPlatform && answers.cloudPlatform !== when.cloudPlatform) return false;
  if (when.currentPlatform && answers.currentPlatform !== when.currentPlatform) return false;
  if (when.scale && answers.scale !== when.scale) return false;
  if (when.budget && answers.budget !== when.budget) return false;
  if (when.workload && !answers.workloads.includes(when.workload)) return false;
  if (when.mustHave && !answers.mustHaves.includes(when.mustHave)) return false;
  if (when.teamSkill && !answers.teamSkills.includes(when.teamSkill)) return false;
  if (when.lacksTeamSkill && answers.teamSkills.includes(when.lacksTeamSkill)) return false;
  if (when.vdiBroker && (answers.vdiBroker !== when.vdiBroker || !answers.workloads.includes("vdi"))) return false;
  return true;
}

interface Assessed {
  product: Product;
  points: number;
  /** Reasons for (positive rules) and against (negative rules), in rule order. */
  pros: string[];
  cons: string[];
  /** Why it cannot be picked at all: end of life, or a gap on a must-have. */
  blockers: string[];
}

type BrokerLimit = { products: readonly string[]; note: string } | null;

function assess(product: Product, answers: Answers, broker: BrokerLimit): Assessed {
  const pros: string[] = [];
  const cons: string[] = [];
  let points = 0;
  for (const rule of product.fit) {
    if (!conditionHolds(rule.when, answers)) continue;
    points += rule.points;
    (rule.points >= 0 ? pros : cons).push(rule.reason);
  }
  const blockers: string[] = [];
  if (product.status === "end-of-life") blockers.push(`End of life since ${product.endOfLife}.`);
  for (const gap of product.gaps) if (answers.mustHaves.includes(gap.mustHave)) blockers.push(gap.note);
  // The team's VDI broker supports only some products of the family (Citrix: KVM only as Nutanix AHV).
  if (broker && !broker.products.includes(product.id)) blockers.push(broker.note);
  return { product, points, pros, cons, blockers };
}

const ref = ({ id, name, vendor }: Product) => ({ id, name, vendor });

/** Blocked last, then more fit points, then the knowledge base's order (its usual default first). */
function compare(a: Assessed, b: Assessed): number {
  if ((a.blockers.length === 0) !== (b.blockers.length === 0)) return a.blockers.length === 0 ? -1 : 1;
  return b.points - a.points;
}

function reasonsFor(best: Assessed, first: Product): string[] {
  if (best.blockers.length > 0)
    return [`No product of this family meets every must-have; ${best.product.name} comes closest.`, ...best.blockers];
  if (best.pros.length > 0) return best.pros;
  return best.product === first
    ? [`The family's default choice, and no answer favours another product: ${best.product.suits}`]
    : [`Nothing in these answers counts against it: ${best.product.suits}`];
}

function whyLess(other: Assessed, best: Assessed): string[] {
  if (other.blockers.length > 0) return other.blockers;
  if (other.cons.length > 0) return other.cons;
  if (other.points < best.points)
    return [
      `Fewer of these answers favour it (${other.points} fit points against ${best.points} for ${best.product.name}).`,
    ];
  return [`No answer favours it over ${best.product.name}, which comes first in the knowledge base's order.`];
}

export function chooseProduct(
  kb: KnowledgeContent,
  answers: Answers,
  hypervisor: HypervisorId,
): { choice: ProductChoice; product: Product } | null {
  const family = kb.products.filter((p) => p.hypervisor === hypervisor);
  if (family.length === 0) return null;
  // Array.prototype.sort is stable, so equal candidates keep the knowledge base's order.
  const broker = brokerProducts(indexKnowledge(kb), answers, hypervisor);
  const [best, ...others] = family.map((p) => assess(p, answers, broker)).sort(compare) as [Assessed, ...Assessed[]];
  const alternatives = others.map((other) => ({ ...ref(other.product), why: whyLess(other, best) }));
  return {
    choice: { ...ref(best.product), reasons: reasonsFor(best, family[0]!), cautions: best.cons, alternatives },
    product: best.product,
  };
}
