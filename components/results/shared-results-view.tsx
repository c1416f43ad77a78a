// A shared recommendation's results: the same view, read-only, built from the saved evaluation's
// compact form without its evidence (lib/decision/compact.ts), so the page carries every number but
// not the rationales and sources; the evidence section loads those when a person opens a criterion.
"use client";
import { useMemo } from "react";
import { expandEvaluation, type CompactEvaluation } from "@/lib/decision/compact";
import { ResultsView, type ResultsViewProps } from "./results-view";

type Props = Omit<ResultsViewProps, "initialEvaluation" | "readOnly" | "evidenceUrl"> & {
  evaluation: CompactEvaluation;
  /** Where the saved evaluation with its evidence is (GET /api/v1/recommendations/{id}). */
  evidenceUrl: string;
};

export function SharedResultsView({ evaluation, evidenceUrl, ...props }: Props) {
  const expanded = useMemo(() => expandEvaluation(evaluation, { withoutEvidence: true }), [evaluation]);
  return <ResultsView {...props} initialEvaluation={expanded} evidenceUrl={evidenceUrl} readOnly />;
}
