// Must-haves are not weights: an option that cannot meet one is out, with a one-sentence reason and sources.
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { supportKey, type KnowledgeIndex } from "./knowledge-index";
import type { MustHaveCheck } from "./must-haves";
import type { Knockout } from "./types";
import { BROKER_NAMES, brokerVerdict } from "./vdi-broker";

/** The first sentence of a note, so every knockout reads as one sentence. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const match = /^(.+?[.!?])(\s|$)/s.exec(trimmed);
  const sentence = match?.[1] ?? trimmed;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** What removes this family for these answers; `checks` are its must-haves judged on the platform. */
export function findKnockouts(
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  checks: readonly MustHaveCheck[],
): Knockout[] {
  const knockouts: Knockout[] = [];
  const info = index.hypervisors.get(hypervisor);
  const name = index.names[hypervisor];
  if (answers.ruledOut?.includes(hypervisor)) {
    const staying =
      answers.currentPlatform === hypervisor ? " It stays priced, for comparison, as what staying put costs." : "";
    knockouts.push({
      mustHave: "ruledOut",
      reason: `You ruled ${name} out.${staying}`,
      sources: info?.sources ?? [],
    });
  }
  if (answers.licensing === "open-source-required" && info && !info.openSource) {
    knockouts.push({
      mustHave: "licensing",
      reason: `${name} is proprietary software, and open source is required.`,
      sources: info.sources,
    });
  }
  for (const check of checks) {
    if (check.met) continue;
    const knockout: Knockout = { mustHave: check.mustHave, reason: firstSentence(check.note), sources: check.sources };
    if (check.platform) knockout.platform = check.platform;
    knockouts.push(knockout);
  }
  const support = index.support.get(supportKey(answers.cloudPlatform, hypervisor));
  if (support && support.level === "none") {
    knockouts.push({ mustHave: "cloudPlatform", reason: firstSentence(support.note), sources: support.sources });
  }
  const broker = brokerVerdict(index, answers, hypervisor);
  if (broker && !broker.fits) {
    const { support: fact } = broker;
    const where = (fact.platforms ?? []).map((p) => index.platformNames.get(p) ?? p).join(" or ");
    const platform = index.platformNames.get(answers.cloudPlatform) ?? answers.cloudPlatform;
    const reason = fact.supported
      ? `${BROKER_NAMES[broker.broker]} runs on ${name} only on ${where}, not on ${platform}.`
      : firstSentence(fact.note);
    knockouts.push({ mustHave: "vdiBroker", reason, sources: fact.sources });
  }
  return knockouts;
}
