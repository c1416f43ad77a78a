// Download: the saved recommendation's public snapshot as JSON, every product in evaluation.products.
import { withApiErrors } from "@/lib/http/handler";
import { exportFileName, snapshotJson } from "@/lib/recommendations/export";
import { getRecommendation } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const snapshot = await getRecommendation((await params).id);
  return new Response(snapshotJson(snapshot), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(snapshot, "json")}"`,
    },
  });
});
