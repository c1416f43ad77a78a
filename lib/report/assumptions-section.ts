// The assumptions page: each input of the cost model as used, the team's own figure or the tool's
// documented default (marked as an assumption), with where the default comes from.
import type { AssumptionUsed, Evaluation } from "@/lib/decision";
import { ASSUMPTION_WORDS, assumptionValue } from "@/lib/questionnaire/assumption-words";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { citation, type SourceRegistry } from "./report-sources";

export interface AssumptionRow {
  label: string;
  value: string;
  /** "Given by the team" or "Default (an assumption)". */
  origin: string;
  note: string;
  cite: string;
}

function valueWords(used: AssumptionUsed): string {
  if (used.value === null) return used.field === "vmwareTermYears" ? "The price source's term" : "None given";
  return assumptionValue(used.field, used.value as NonNullable<Assumptions[typeof used.field]>);
}

export function buildAssumptions(evaluation: Evaluation, sources: SourceRegistry): AssumptionRow[] {
  return (evaluation.plan?.assumptions ?? []).map((used) => ({
    label: ASSUMPTION_WORDS[used.field].label,
    value: valueWords(used),
    origin: used.assumption ? "Default (an assumption)" : "Given by the team",
    note: used.note,
    cite: citation([sources.cite(used.source)]),
  }));
}
