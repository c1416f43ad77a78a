// The compact form says each thing once and loses nothing: expanding it gives back the engine's
// evaluation exactly, for any answers, on the seed knowledge base (real sources, shared between ratings).
import fc from "fast-check";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { answersArbitrary, answersWithEstateArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import { compactEvaluation, expandEvaluation, isCompactEvaluation } from "./compact";
import { evaluateAnswers } from "./evaluate";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const anyAnswers = fc.oneof(answersArbitrary, answersWithEstateArbitrary);

describe("compact evaluation", () => {
  it("expands back to the engine's evaluation, field for field", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const evaluation = evaluateAnswers({ answers, kb, samples: 50 });
        const stored = JSON.parse(JSON.stringify(compactEvaluation(evaluation, { evidence: true })));
        expect(isCompactEvaluation(stored)).toBe(true);
        expect(expandEvaluation(stored)).toEqual(evaluation);
      }),
      { numRuns: 60 },
    );
  });

  it("lists each cited source once, and every reference points into that list", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const compact = compactEvaluation(evaluateAnswers({ answers, kb, samples: 50 }), { evidence: true });
        const texts = compact.sources.map((source) => JSON.stringify(source));
        expect(new Set(texts).size).toBe(texts.length);
        const refs = [
          ...compact.ranking.flatMap((entry) => [
            ...entry.knockouts.flatMap((k) => k.sourceRefs),
            ...entry.mustHaves.flatMap((m) => m.sourceRefs),
            ...(entry.migration?.sourceRefs ?? []),
          ]),
          ...Object.values(compact.productEvidence ?? {}).flat(2),
          ...Object.values(compact.evidence!).flatMap((byCriterion) =>
            Object.values(byCriterion).flatMap((facts) => facts.sourceRefs),
          ),
        ];
        for (const ref of refs) expect(compact.sources[ref]).toBeDefined();
        // Nothing unreferenced is sent.
        expect(new Set(refs).size).toBe(compact.sources.length);
      }),
      { numRuns: 40 },
    );
  });

  it("without the evidence, carries no rationale, and cannot be expanded", () => {
    const evaluation = evaluateAnswers({ answers: fc.sample(answersArbitrary, { seed: 1, numRuns: 1 })[0]!, kb });
    const lean = compactEvaluation(evaluation, { evidence: false });
    const text = JSON.stringify(lean);
    const rationale = evaluation.ranking[0]!.contributions[0]!.rationale;
    expect(text).not.toContain(rationale);
    expect(text.length).toBeLessThan(JSON.stringify(evaluation).length / 2);
    expect(() => expandEvaluation(lean)).toThrow(/evidence/);
  });
});
