// A shared link's preview text: it carries the yearly saving when moving saves money, and stays short.
import { describeShare, MAX_DESCRIPTION } from "@/app/r/[id]/describe";
import { evaluateAnswers } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Answers } from "@/lib/questionnaire/answers";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };

const LEAVING_VMWARE: Answers = {
  workloads: ["general-server", "linux-apps"],
  guestOs: "mostly-linux",
  licensing: "open-source-preferred",
  cloudPlatform: "on-premises",
  currentPlatform: "esxi",
  scale: "medium",
  budget: "minimal",
  mustHaves: ["live-migration", "high-availability"],
  teamSkills: ["linux"],
  estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 0 },
};

function snapshotOf(answers: Answers): RecommendationSnapshot {
  const evaluation = evaluateAnswers({ answers, kb, samples: 200 });
  return {
    id: "a".repeat(22),
    name: null,
    notes: null,
    createdAt: "2026-12-02T00:00:00.000Z",
    updatedAt: "2026-12-02T00:00:00.000Z",
    kbVersion: 1,
    modelVersion: evaluation.modelVersion,
    answers,
    weights: {},
    quotes: {},
    assumptions: {},
    evaluation,
  };
}

test("moving off VMware: the description names the product and the yearly saving", () => {
  const snapshot = snapshotOf(LEAVING_VMWARE);
  const plan = snapshot.evaluation.plan!;
  expect(plan.savingPerYear).toBeGreaterThan(0);
  const { description } = describeShare(snapshot);
  expect(description).toContain(`${plan.recommended!.name} saves about US$`);
  expect(description).toContain(`over staying on ${plan.stay!.name}`);
  expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
});

test("without an estate there is no figure to promise", () => {
  const answers = { ...LEAVING_VMWARE, estate: undefined };
  const { description } = describeShare(snapshotOf(answers));
  expect(description).not.toMatch(/US\$/);
  expect(description).toMatch(/first with \d+\.\d\/100/);
});
