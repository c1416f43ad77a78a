// The browser's reader: the file is read here, off the page's thread, and never leaves the machine.
import { InventoryError } from "./inventory-error";
import { readInventory } from "./read-inventory";
import type { WorkerAnswer } from "./read-in-worker";

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  let answer: WorkerAnswer;
  try {
    answer = { ok: true, reading: readInventory(new Uint8Array(event.data)) };
  } catch (error) {
    answer =
      error instanceof InventoryError
        ? { ok: false, problem: error.problem, message: error.message }
        : { ok: false, problem: "not_rvtools", message: "The file could not be read as an RVTools export." };
  }
  self.postMessage(answer);
};
