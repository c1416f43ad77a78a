// `npx tsx scripts/seed-release.ts <earlier-seed.json> <out.json>`: lists what the current seed changes
// against an earlier one (an export of `seedKnowledge` as JSON), as a release of corrections
// (lib/knowledge/seed-release.ts): every changed or added entry with what it was before. The
// release file is committed; databases seeded from the earlier seed take it on their next start.
import fs from "node:fs";
import { COLLECTIONS, entryKey } from "@/lib/knowledge/entries";
import { ADDED_COLLECTIONS } from "@/lib/knowledge/documents";
import { knowledgeContentSchema } from "@/lib/knowledge/schema";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { canonical, type ReleaseChange } from "@/lib/knowledge/seed-release";

const [earlierPath, outPath] = process.argv.slice(2);
if (!earlierPath || !outPath) throw new Error("usage: seed-release.ts <earlier-seed.json> <out.json>");
const earlier = knowledgeContentSchema.parse(JSON.parse(fs.readFileSync(earlierPath, "utf8")));
const changes: ReleaseChange[] = [];
for (const collection of COLLECTIONS) {
  const before = earlier[collection] as never[];
  // A collection the earlier seed did not have is added whole by the upgrade, not entry by entry.
  if ((ADDED_COLLECTIONS as readonly string[]).includes(collection) && before.length === 0) continue;
  const old = new Map(before.map((item) => [entryKey(collection, item), item]));
  for (const item of seedKnowledge[collection] as never[]) {
    const key = entryKey(collection, item);
    const was = old.get(key);
    if (was === undefined) changes.push({ collection, key, before: null });
    // Compared with sorted keys: the earlier seed is read back through the schema, in its field order.
    else if (canonical(was) !== canonical(item)) changes.push({ collection, key, before: was });
  }
}
fs.writeFileSync(outPath, `${JSON.stringify({ changes }, null, 2)}\n`);
console.log(`${changes.length} changes written to ${outPath}.`);
