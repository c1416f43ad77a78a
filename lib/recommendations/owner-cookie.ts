// The creator's browser keeps the owner tokens of the recommendations it saved in one httpOnly,
// SameSite=Strict cookie, so "My recommendations" works without an account. Pure functions: the
// route handlers read the Cookie header and write Set-Cookie themselves.
import { OWNER_TOKEN_PATTERN, PUBLIC_ID_PATTERN } from "./tokens";

export const OWNER_COOKIE = "ha_owned";
/** Keeps the cookie well under the 4 KB browsers allow (each entry is 66 characters). */
export const MAX_OWNED = 40;
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // the longest lifetime browsers honour

export type OwnedEntry = { id: string; token: string };

export function parseOwnedCookie(cookieHeader: string | null | undefined): OwnedEntry[] {
  const raw = (cookieHeader ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${OWNER_COOKIE}=`))
    ?.slice(OWNER_COOKIE.length + 1);
  if (!raw) return [];
  return raw
    .split("~")
    .map((pair) => {
      const [id = "", token = ""] = pair.split(".");
      return { id, token };
    })
    .filter((entry) => PUBLIC_ID_PATTERN.test(entry.id) && OWNER_TOKEN_PATTERN.test(entry.token));
}

export function serializeOwnedCookie(entries: OwnedEntry[], secure: boolean): string {
  const value = entries
    .slice(0, MAX_OWNED)
    .map((e) => `${e.id}.${e.token}`)
    .join("~");
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", value ? `Max-Age=${MAX_AGE_SECONDS}` : "Max-Age=0"];
  if (secure) attributes.push("Secure");
  return `${OWNER_COOKIE}=${value}; ${attributes.join("; ")}`;
}

/** Newest first; a re-added id replaces its old entry. */
export function addOwned(entries: OwnedEntry[], entry: OwnedEntry): OwnedEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, MAX_OWNED);
}

export function removeOwned(entries: OwnedEntry[], id: string): OwnedEntry[] {
  return entries.filter((e) => e.id !== id);
}

/** Secure cookies need HTTPS; behind a proxy the original scheme arrives in X-Forwarded-Proto. */
export function isSecureRequest(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto");
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")) === "https";
}
