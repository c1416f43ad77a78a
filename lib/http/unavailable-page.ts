// Pages during a database outage. A page cannot set its own HTTP status in the App Router (only 404,
// 401/403 and redirects exist), so a page whose data cannot be read redirects to /unavailable, a
// route handler that answers 503 with a plain "temporarily unavailable" page (app/unavailable/route.ts),
// which retries the original address by itself every few seconds.
import "server-only";
import { redirect } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db/prisma-errors";
import { KnowledgeBaseMissingError } from "@/lib/knowledge/service";

export const UNAVAILABLE_PATH = "/unavailable";

const HOME = "/";
/** Browsers drop tab, CR and LF inside URLs and read "\\" as "/": "/\t/evil.example" is "//evil.example". */
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f\\]/;
const PROBE_ORIGIN = "http://return-path.invalid";

/**
 * The page to go back to: a path on this app, or "/" for anything else. Parsed as a URL against a
 * placeholder origin and kept only if it stays on it; control characters and backslashes are
 * refused outright, whether written plainly or percent-encoded in the query.
 */
export function safeReturnPath(from: string | null | undefined): string {
  if (!from || !from.startsWith("/") || UNSAFE_IN_PATH.test(from) || from.length > 2000) return HOME;
  let url: URL;
  try {
    url = new URL(from, PROBE_ORIGIN);
  } catch {
    return HOME;
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith("//") || url.pathname.startsWith(UNAVAILABLE_PATH))
    return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function unavailableHref(from: string): string {
  return `${UNAVAILABLE_PATH}?from=${encodeURIComponent(safeReturnPath(from))}`;
}

function isUnavailable(error: unknown): boolean {
  return isDatabaseUnavailable(error) || error instanceof KnowledgeBaseMissingError;
}

/** `path?query` from a page's searchParams, to come back to the same address. */
export function pathWithQuery(path: string, searchParams: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Runs a page's data loading; when the database does not answer, sends the visitor to the 503 page,
 * which comes back to `from` once it does. Any other error propagates to the error boundary.
 */
export async function whileDatabaseAnswers<T>(from: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isUnavailable(error)) redirect(unavailableHref(from));
    throw error;
  }
}
