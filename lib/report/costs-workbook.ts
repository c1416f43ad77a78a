// GET /r/{id}/costs.xlsx: a saved recommendation's costs as a workbook a finance team can work in.
// Cost lines, one-off lines, cash flow and assumptions, one sheet each (and the plan per cluster with
// an estate of clusters); every amount, subtotal, total and net present value is a formula over the
// lines and the discount rate, with the engine's figure cached beside it, so changing a price or the
// rate moves everything built on it. Pure: no framework, written by our own small writer
// (lib/report/workbook/).
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { assumptionsSheet } from "./costs-workbook-assumptions";
import { cashFlowSheet } from "./costs-workbook-cash-flow";
import { clustersSheet } from "./costs-workbook-clusters";
import { costLinesSheet, oneOffLinesSheet } from "./costs-workbook-lines";
import { costedOptions } from "./costs-workbook-options";
import { familyNames, productNames } from "./evaluation-names";
import { packageWorkbook, type WorksheetPart } from "./workbook/package";

/** The one .xlsx media type, shared with the inventory import. */
export { XLSX_TYPE as XLSX_WORKBOOK_TYPE } from "@/lib/inventory/limits";

export function costsWorkbook(snapshot: RecommendationSnapshot): Uint8Array {
  const { evaluation } = snapshot;
  const options = costedOptions(evaluation);
  const productName = productNames(evaluation);
  // Plans saved before the whole cost have no assumptions.
  const assumptions = assumptionsSheet(evaluation.plan?.assumptions ?? []);
  const recurring = costLinesSheet(options, productName);
  const oneOff = oneOffLinesSheet(options, productName);
  const sheets: WorksheetPart[] = [
    recurring.sheet,
    oneOff.sheet,
    cashFlowSheet(options, recurring, oneOff, assumptions.discountRate),
    assumptions.sheet,
  ];
  const clusters = evaluation.plan?.clusters;
  if (clusters) sheets.push(clustersSheet(clusters, familyNames(evaluation)));
  return packageWorkbook(sheets, {
    title: `Costs — ${snapshot.name ?? snapshot.id}`,
    created: snapshot.createdAt ?? null,
    modified: snapshot.updatedAt ?? null,
  });
}
