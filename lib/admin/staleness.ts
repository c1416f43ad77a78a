// Which facts need review: evidence older than the staleness limit, or no source at all. Pure.
import type { KnowledgeContent, Source } from "@/lib/knowledge/schema";
import { isStale } from "@/lib/knowledge/staleness";

export type ReviewItem = {
  entity: "ratings" | "platform-support" | "capabilities";
  key: string;
  title: string;
  asOf: string;
  reasons: ("stale" | "no-source")[];
};

type Fact = { asOf: string; sources: Source[] };

export function findFactsToReview(content: KnowledgeContent, now: Date): ReviewItem[] {
  const names = new Map<string, string>([
    ...content.hypervisors.map((h) => [h.id, h.name] as const),
    ...content.criteria.map((c) => [c.key, c.name] as const),
    ...content.platforms.map((p) => [p.id, p.name] as const),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  const review = (entity: ReviewItem["entity"], key: string, title: string, fact: Fact): ReviewItem[] => {
    const reasons: ReviewItem["reasons"] = [];
    if (isStale(fact.asOf, now)) reasons.push("stale");
    if (fact.sources.length === 0) reasons.push("no-source");
    return reasons.length ? [{ entity, key, title, asOf: fact.asOf, reasons }] : [];
  };
  const items = [
    ...content.ratings.flatMap((r) =>
      review("ratings", `${r.hypervisor}/${r.criterion}`, `${name(r.hypervisor)} — ${name(r.criterion)}`, r),
    ),
    ...content.platformSupport.flatMap((s) =>
      review("platform-support", `${s.platform}/${s.hypervisor}`, `${name(s.hypervisor)} on ${name(s.platform)}`, s),
    ),
    ...content.capabilities.flatMap((c) =>
      review("capabilities", `${c.hypervisor}/${c.mustHave}`, `${name(c.hypervisor)} — ${c.mustHave}`, c),
    ),
  ];
  return items.sort((a, b) => a.asOf.localeCompare(b.asOf));
}
