// Run by scripts/bench-inventory.ts in a child process with a capped heap: reads an export N times
// and prints the times and the peak RSS growth over the process's size before the first read.
import fs from "node:fs";
import { readInventory } from "@/lib/inventory/read-inventory";

const [file, runs = "5"] = process.argv.slice(2);
const bytes = new Uint8Array(fs.readFileSync(file!));
const before = process.memoryUsage().rss;
const ms: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const started = performance.now();
  readInventory(bytes);
  ms.push(Math.round(performance.now() - started));
}
const peakRssMb = Math.round((process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024);
console.log(JSON.stringify({ ms, peakRssMb }));
