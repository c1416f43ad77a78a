// Reads an RVTools export in a Web Worker (./inventory.worker.ts), so a large file neither blocks
// the page nor leaves the user's machine. The size limit is checked before the file is even read.
import { fileTooLarge, type InventoryProblem } from "./inventory-error";
import { MAX_FILE_BYTES } from "./limits";
import type { InventoryReading } from "./types";

export type WorkerAnswer =
  { ok: true; reading: InventoryReading } | { ok: false; problem: InventoryProblem; message: string };

export async function readInventoryInWorker(file: Blob): Promise<WorkerAnswer> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: "too_large", message: fileTooLarge().message };
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL("./inventory.worker.ts", import.meta.url));
  try {
    return await new Promise<WorkerAnswer>((resolve) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
      worker.onerror = () =>
        resolve({
          ok: false,
          problem: "not_rvtools",
          message:
            "This browser could not start the reader. Reload the page and try again, or send the file to POST /api/v1/inventory.",
        });
      worker.postMessage(bytes, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
