// Link-preview images of shared recommendations, drawn once per version of the recommendation and
// kept (a rename draws a new one; a deletion is seen at once, since every request asks the database
// for the recommendation's version first). Drawing one costs 20–70 ms of CPU (on the evaluation
// thread where the server runs one, else on the main thread), so at most one is drawn at a time and a
// burst queues behind it, up to MAX_WAITING; beyond that the answer is 503 with Retry-After, so a
// crowd of preview fetchers can never take over the CPU the API needs.
import "server-only";
import { oneAtATime } from "@/lib/one-at-a-time";
import { processCache } from "@/lib/process-state";

/** ~40 KB per image: 8 MB keeps about 200. */
const MAX_BYTES = 8 * 1024 * 1024;
const MAX_WAITING = 16;

export type PreviewImage = { png: Uint8Array } | { busy: true };

const images = () =>
  processCache<string, Uint8Array>("preview-images", { maxSize: MAX_BYTES, sizeCalculation: (png) => png.length });

/** The image of `id` at `version`, from memory or drawn by `draw`; `busy` when too many are waiting. */
export async function previewImage(
  id: string,
  version: number,
  draw: () => Promise<Uint8Array>,
): Promise<PreviewImage> {
  const key = `${id}:${version}`;
  const kept = images().get(key);
  if (kept) return { png: kept };
  const turn = await oneAtATime("preview-image-queue", MAX_WAITING, async () => {
    const again = images().get(key); // drawn by the one this request waited behind
    if (again) return again;
    const png = await draw();
    images().set(key, png);
    return png;
  });
  return "busy" in turn ? turn : { png: turn.done };
}
