// Download: the cost model as a workbook: cost lines, one-off lines, cash flow and assumptions, one
// sheet each, amounts as formulas of quantity × unit price (docs/reports.md).
import { withApiErrors } from "@/lib/http/handler";
import { reportResponse } from "../report-response";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  reportResponse(request, (await params).id, { kind: "xlsx" }),
);
