// The one home for everything the process keeps in memory between requests (the table is in
// docs/architecture.md). It lives on globalThis under one Symbol.for key because Next bundles each
// lib module once per layer (route handlers, rendering, instrumentation): a module-level Map would
// exist once per copy, while this registry is one per process whichever copy asks. Caches are
// lru-cache instances bounded by bytes (their sizes are reported by GET /api/metrics).
import { LRUCache } from "lru-cache";

type Registry = Map<string, unknown>;

const KEY = Symbol.for("hypervisor-advisor.process-state");

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  return (holder[KEY] ??= new Map());
}

/** The process's one value called `name`, created on first use. */
export function processValue<T>(name: string, create: () => T): T {
  const kept = registry();
  if (!kept.has(name)) kept.set(name, create());
  return kept.get(name) as T;
}

/** The process's one LRU cache called `name`, bounded by bytes (`maxSize` with a size per entry). */
export function processCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(
  name: string,
  options: LRUCache.Options<K, V, unknown> & { maxSize: number },
): LRUCache<K, V> {
  return processValue(name, () => new LRUCache<K, V>(options));
}

/** Keeps `value` as the process's `name`, replacing an earlier one (the server's page cache, made at start). */
export function keepInProcess<T>(name: string, value: T): T {
  registry().set(name, value);
  return value;
}

/** The value kept as `name`, if any, without creating it (for metrics that report on caches). */
export function peekProcessValue(name: string): unknown {
  return registry().get(name);
}

/** What is kept, by name: for diagnostics and tests. */
export function processStateNames(): string[] {
  return [...registry().keys()].sort();
}
