// Download: each hypervisor's whole cost as CSV: its yearly and one-off lines (product id and name,
// quantity × unit price, basis, source, date), its cash flow by year and its net present value.
import { withApiErrors } from "@/lib/http/handler";
import { costsCsv, exportFileName } from "@/lib/recommendations/export";
import { getRecommendation } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const snapshot = await getRecommendation((await params).id);
  return new Response(costsCsv(snapshot), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(snapshot, "csv", "costs")}"`,
    },
  });
});
