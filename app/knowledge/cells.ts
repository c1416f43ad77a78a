// Turns knowledge-base facts into the cells the knowledge page's matrices show.
import type { FactCell } from "@/components/fact-matrix";
import type { KnowledgeBase, SupportLevel } from "@/lib/knowledge/schema";
import { formatAsOf, isStale } from "@/lib/knowledge/staleness";

function nameOf(kb: KnowledgeBase, hypervisor: string): string {
  return kb.hypervisors.find((h) => h.id === hypervisor)?.name ?? hypervisor;
}

function dated(asOf: string, now: Date) {
  return { asOf, asOfText: formatAsOf(asOf), stale: isStale(asOf, now) };
}

export function ratingCells(kb: KnowledgeBase, now: Date): Record<string, FactCell> {
  const criteria = new Map(kb.criteria.map((c) => [c.key, c.name]));
  return Object.fromEntries(
    kb.ratings.map((rating) => [
      `${rating.criterion}:${rating.hypervisor}`,
      {
        label: String(rating.score),
        spoken: `${rating.score} out of 10`,
        fill: rating.score / 10,
        tone: rating.score >= 8 ? "good" : rating.score <= 3 ? "poor" : "fair",
        title: `${nameOf(kb, rating.hypervisor)} — ${criteria.get(rating.criterion) ?? rating.criterion}: ${rating.score}/10`,
        body: rating.rationale,
        sources: rating.sources,
        ...dated(rating.asOf, now),
      } satisfies FactCell,
    ]),
  );
}

export const SUPPORT_LABELS: Record<SupportLevel, string> = {
  native: "Native",
  supported: "Supported",
  limited: "Limited",
  none: "Not supported",
};

const SUPPORT_TONES: Record<SupportLevel, FactCell["tone"]> = {
  native: "good",
  supported: "good",
  limited: "fair",
  none: "none",
};

export function platformCells(kb: KnowledgeBase, now: Date): Record<string, FactCell> {
  const platforms = new Map(kb.platforms.map((p) => [p.id, p.name]));
  return Object.fromEntries(
    kb.platformSupport.map((support) => [
      `${support.platform}:${support.hypervisor}`,
      {
        label: SUPPORT_LABELS[support.level],
        spoken: SUPPORT_LABELS[support.level],
        tone: SUPPORT_TONES[support.level],
        title: `${platforms.get(support.platform) ?? support.platform} and ${nameOf(kb, support.hypervisor)}: ${SUPPORT_LABELS[support.level].toLowerCase()}`,
        body: support.note,
        sources: support.sources,
        ...dated(support.asOf, now),
      } satisfies FactCell,
    ]),
  );
}

export function capabilityCells(
  kb: KnowledgeBase,
  now: Date,
  labels: Record<string, string>,
): Record<string, FactCell> {
  return Object.fromEntries(
    kb.capabilities.map((capability) => [
      `${capability.mustHave}:${capability.hypervisor}`,
      {
        label: capability.met ? "Yes" : "No",
        spoken: capability.met ? "can meet it" : "cannot meet it",
        tone: capability.met ? "good" : "none",
        title: `${nameOf(kb, capability.hypervisor)} — ${labels[capability.mustHave] ?? capability.mustHave}: ${capability.met ? "can meet it" : "cannot meet it"}`,
        body: capability.note,
        sources: capability.sources,
        ...dated(capability.asOf, now),
      } satisfies FactCell,
    ]),
  );
}

/** Whether each VDI broker supports each family: "Yes", "Only <products>", "Only on <platforms>" or "No". */
export function brokerCells(
  kb: KnowledgeBase,
  now: Date,
  brokerNames: Record<string, string>,
): Record<string, FactCell> {
  const productName = new Map(kb.products.map((p) => [p.id, p.name]));
  const platformName = new Map(kb.platforms.map((p) => [p.id, p.name]));
  return Object.fromEntries(
    kb.brokerSupport.map((support) => {
      const limits = [
        support.products ? `as ${support.products.map((id) => productName.get(id) ?? id).join(" or ")}` : null,
        support.platforms ? `on ${support.platforms.map((id) => platformName.get(id) ?? id).join(" or ")}` : null,
      ].filter(Boolean);
      const label = !support.supported ? "No" : limits.length > 0 ? "Only" : "Yes";
      const spoken = !support.supported
        ? "not supported"
        : limits.length > 0
          ? `supported only ${limits.join(", ")}`
          : "supported";
      return [
        `${support.broker}:${support.hypervisor}`,
        {
          label,
          spoken,
          tone: support.supported ? (limits.length > 0 ? "fair" : "good") : "none",
          title: `${brokerNames[support.broker] ?? support.broker} on ${nameOf(kb, support.hypervisor)}: ${spoken}`,
          body: support.note,
          sources: support.sources,
          ...dated(support.asOf, now),
        } satisfies FactCell,
      ];
    }),
  );
}

/** Must-haves a platform delivers itself, one row per platform and must-have, keyed `platform/mustHave:hypervisor`. */
export function platformCapabilityCells(
  kb: KnowledgeBase,
  now: Date,
  labels: Record<string, string>,
): Record<string, FactCell> {
  const platforms = new Map(kb.platforms.map((p) => [p.id, p.name]));
  return Object.fromEntries(
    kb.platformCapabilities.map((fact) => [
      `${fact.platform}/${fact.mustHave}:${fact.hypervisor}`,
      {
        label: fact.met ? "Yes" : "No",
        spoken: fact.met ? "met on this platform" : "not met on this platform",
        tone: fact.met ? "good" : "none",
        title: `${nameOf(kb, fact.hypervisor)} on ${platforms.get(fact.platform) ?? fact.platform} — ${labels[fact.mustHave] ?? fact.mustHave}: ${fact.met ? "met" : "not met"}`,
        body: fact.note,
        sources: fact.sources,
        ...dated(fact.asOf, now),
      } satisfies FactCell,
    ]),
  );
}

/** The rows of the platform must-have matrix: each platform and must-have pair the knowledge base states. */
export function platformCapabilityRows(kb: KnowledgeBase, labels: Record<string, string>) {
  const platforms = new Map<string, string>(kb.platforms.map((p) => [p.id, p.name]));
  const pairs = [...new Set(kb.platformCapabilities.map((c) => `${c.platform}/${c.mustHave}`))];
  return pairs.map((id) => {
    const [platform = "", mustHave = ""] = id.split("/");
    return { id, name: `${platforms.get(platform) ?? platform}: ${labels[mustHave] ?? mustHave}` };
  });
}
