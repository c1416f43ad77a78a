// The process's Prometheus metrics (prom-client), one registry per process (lib/process-state.ts),
// served by GET /api/metrics. Counters and histograms are recorded where the event happens (the
// server for requests, the caches for hits and misses, the group commits for batch sizes); gauges of
// what is kept in memory are read at scrape time from the caches themselves.
import type { LRUCache } from "lru-cache";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { peekProcessValue, processStateNames, processValue } from "@/lib/process-state";

/** What a kept value says of its size: an lru-cache (bytes only when bounded by bytes), or the share-page cache. */
function measure(value: unknown): { entries?: number; bytes?: number } {
  // Duck-typed: Next may bundle lru-cache more than once, so instanceof would miss some copies.
  const lru = value as Partial<Pick<LRUCache<string, object>, "size" | "maxSize" | "calculatedSize">> | undefined;
  if (typeof lru?.size === "number" && typeof lru.maxSize === "number" && typeof lru.calculatedSize === "number")
    return { entries: lru.size, ...(lru.maxSize > 0 ? { bytes: lru.calculatedSize } : {}) };
  const size = (value as { size?: unknown } | undefined)?.size;
  if (size && typeof size === "object" && "bytes" in size && "pages" in size)
    return { entries: Number(size.pages), bytes: Number(size.bytes) };
  return {};
}

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "advisor_http_requests_total",
    help: "HTTP requests answered, by route and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "advisor_http_request_duration_seconds",
    help: "Time from receiving a request to the end of its answer, by route",
    labelNames: ["route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sharePages = new Counter({
    name: "advisor_share_page_cache_total",
    help: "Share-page lookups by the in-memory cache: hit (served from memory) or miss (rendered by Next)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const evaluations = new Counter({
    name: "advisor_evaluation_memo_total",
    help: "Evaluations asked of the memo: hit (remembered) or miss (computed)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const evaluationThreads = new Counter({
    name: "advisor_evaluations_computed_total",
    help: "Evaluations computed (memo misses), by where: the server's evaluation thread or the main thread",
    labelNames: ["ran_on"] as const,
    registers: [registry],
  });
  const batches = new Histogram({
    name: "advisor_group_commit_batch_size",
    help: "Writes committed together in one database transaction, by queue",
    labelNames: ["queue"] as const,
    buckets: [1, 2, 4, 8, 16, 32, 64, 128],
    registers: [registry],
  });
  for (const [unit, help] of [
    ["bytes", "Bytes held by each in-process cache (lib/process-state.ts)"],
    ["entries", "Entries held by each in-process cache (lib/process-state.ts)"],
  ] as const) {
    new Gauge({
      name: `advisor_cache_${unit}`,
      help,
      labelNames: ["cache"] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const name of processStateNames()) {
          const value = measure(peekProcessValue(name))[unit];
          if (value !== undefined) this.set({ cache: name }, value);
        }
      },
    });
  }
  new Gauge({
    name: "advisor_database_pool_connections",
    help: "PostgreSQL pool connections by state (absent on SQLite)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pg = peekProcessValue("database-pool") as
        { totalCount: number; idleCount: number; waitingCount: number } | undefined;
      if (!pg) return;
      this.set({ state: "open" }, pg.totalCount);
      this.set({ state: "idle" }, pg.idleCount);
      this.set({ state: "waiting" }, pg.waitingCount);
    },
  });
  return { registry, requests, duration, sharePages, evaluations, evaluationThreads, batches };
}

export function metrics() {
  return processValue("metrics", createMetrics);
}
