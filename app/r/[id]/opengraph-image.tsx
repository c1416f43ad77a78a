// The link preview of a shared recommendation: the winner and the four scores (drawn by
// lib/recommendations/preview-frame.tsx). Answered per request, so a deletion through any instance is
// honoured at once; the image itself is drawn once per version of the recommendation, on the server's
// evaluation thread where there is one, and kept (lib/recommendations/preview-images.ts).
import { drawPreview, NOT_FOUND_FRAME, PREVIEW_SIZE, type PreviewFrame } from "@/lib/recommendations/preview-frame";
import { previewImage } from "@/lib/recommendations/preview-images";
import { getRecommendationVersion } from "@/lib/recommendations/service";
import { loadSharedRecommendation, type SharedRecommendation } from "@/lib/recommendations/share";
import { serverBridge } from "@/lib/host-seam/bridge";
import { describeShare } from "./describe";

export const alt = "Hypervisor recommendation: the winner and the four scores";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const dynamic = "force-dynamic";

export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const version = await getRecommendationVersion(id);
  // One "not found" image serves every missing id, so asking for made-up ids draws nothing.
  const image =
    version === null
      ? await previewImage("not-found", 0, () => draw(NOT_FOUND_FRAME))
      : await previewImage(id, version, async () => draw(frameOf(await loadSharedRecommendation(id))));
  if ("busy" in image) {
    return new Response("Too many link previews are being drawn; try again shortly.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "2", "Cache-Control": "no-store" },
    });
  }
  return new Response(image.png as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}

/** On the evaluation thread when the production server runs one; here otherwise (or when it fails). */
function draw(frame: PreviewFrame): Promise<Uint8Array> {
  const onThread = serverBridge().drawPreview;
  return onThread ? onThread(frame).catch(() => drawPreview(frame)) : drawPreview(frame);
}

function frameOf(shared: SharedRecommendation | null): PreviewFrame {
  if (!shared) return NOT_FOUND_FRAME;
  const { title, winner } = describeShare(shared.snapshot);
  const { evaluation } = shared.snapshot;
  const rows = evaluation.ranking.map((e) => ({
    name: e.name,
    score: e.score,
    eligible: e.eligible,
    first: e.hypervisor === evaluation.winner,
  }));
  const subtitle = winner
    ? `${winner.name} first, ${winner.score.toFixed(1)} of 100 (${evaluation.confidence?.label ?? "n/a"})`
    : "No hypervisor meets every requirement";
  return { title, subtitle, rows, footer: evaluation.modelVersion };
}
