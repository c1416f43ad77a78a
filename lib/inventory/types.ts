// The inventory answer's types, from its one schema (./schema.ts), for code that must not load zod
// (the browser's worker and the estate step import only these).
export type { ClusterCounts, InventoryReading, InventorySummary } from "./schema";
