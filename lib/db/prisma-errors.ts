// Recognises Prisma and database-driver errors by their documented codes, never by message text.

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** P2002: a unique constraint failed. */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === "P2002";
}

/**
 * Prisma's codes for "the database is not there right now": P1001 can't reach the server, P1002
 * timed out, P1008 operation timed out, P1017 the server closed the connection, P2024 no pooled
 * connection in time, P2037 too many connections.
 */
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** Driver-adapter error kinds (@prisma/driver-adapter-utils) with the same meaning. */
const ADAPTER_UNAVAILABLE = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Socket errors from Node, and SQLite's "cannot open the file" and "locked for too long". */
const DRIVER_UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EHOSTUNREACH",
  "SQLITE_CANTOPEN",
  "SQLITE_BUSY",
]);
/** PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shutting down, starting up), 53300 (too many connections). */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || ["57P01", "57P02", "57P03", "53300"].includes(code);

function isUnavailableHere(error: object): boolean {
  const code = codeOf(error);
  if (code && (PRISMA_UNAVAILABLE.has(code) || DRIVER_UNAVAILABLE.has(code) || isUnavailableSqlState(code)))
    return true;
  const { name, kind, originalCode } = error as { name?: unknown; kind?: unknown; originalCode?: unknown };
  if (name === "PrismaClientInitializationError") return true;
  if (typeof kind === "string" && ADAPTER_UNAVAILABLE.has(kind)) return true;
  return typeof originalCode === "string" && isUnavailableSqlState(originalCode);
}

/**
 * True when an error means the database cannot be reached or is restarting (answer 503 and let the
 * client retry), rather than a bug. Looks through `cause` chains and Prisma's `meta.driverAdapterError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableHere(current)) return true;
    const { cause, meta } = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}
