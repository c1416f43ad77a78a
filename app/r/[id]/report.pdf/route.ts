// Download: the approvers' report as a PDF (?paper=a4, the default, or letter): verdict, costs and
// cash flow, the plan per cluster and its timeline, why, assumptions and every source (docs/reports.md).
import { withApiErrors } from "@/lib/http/handler";
import { paperOf, reportResponse } from "../report-response";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  reportResponse(request, (await params).id, { kind: "pdf", paper: paperOf(request) }),
);
