// Download: the ranking and per-criterion contributions as CSV, each family's row naming its product
// (id, name, support status and end of support).
import { withApiErrors } from "@/lib/http/handler";
import { exportFileName, rankingCsv } from "@/lib/recommendations/export";
import { getRecommendation } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const snapshot = await getRecommendation((await params).id);
  return new Response(rankingCsv(snapshot), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(snapshot, "csv")}"`,
    },
  });
});
