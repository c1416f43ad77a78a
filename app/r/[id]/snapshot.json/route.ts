// Download: the saved recommendation's public snapshot as JSON.
import { withApiErrors } from "@/lib/http/handler";
import { exportFileName } from "@/lib/recommendations/export";
import { getRecommendation } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const snapshot = await getRecommendation((await params).id);
  return new Response(JSON.stringify(snapshot, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(snapshot, "json")}"`,
    },
  });
});
