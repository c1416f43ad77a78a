// The creator's browser keeps the owner tokens of the recommendations it saved in one httpOnly,
// SameSite=Strict cookie (`__Host-` prefixed over HTTPS; lib/security/cookies.ts), so "My
// recommendations" works without an account. Pure functions: the route handlers read the Cookie
// header and write Set-Cookie themselves.
import { cookieName, cookieValues, serializeCookie } from "@/lib/security/cookies";
import { OWNER_TOKEN_PATTERN, PUBLIC_ID_PATTERN } from "./tokens";

export { isSecureRequest } from "@/lib/security/cookies";

export const OWNER_COOKIE = "ha_owned";
/** Keeps the cookie well under the 4 KB browsers allow (each entry is 66 characters). */
export const MAX_OWNED = 40;
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // the longest lifetime browsers honour

export type OwnedEntry = { id: string; token: string };

function entriesIn(cookieHeader: string | null | undefined, name: string): OwnedEntry[] {
  return cookieValues(cookieHeader, name)
    .flatMap((value) => value.split("~"))
    .map((pair) => {
      const [id = "", token = ""] = pair.split(".");
      return { id, token };
    })
    .filter((entry) => PUBLIC_ID_PATTERN.test(entry.id) && OWNER_TOKEN_PATTERN.test(entry.token));
}

/**
 * The entries this browser holds. Over HTTPS the `__Host-` cookie comes first, then a plain one left
 * from before the prefix (its entries move across on the next write). Entries only name
 * recommendations: every change still checks the token against its stored hash, so an entry planted
 * by a sibling subdomain grants nothing. A repeated id keeps its first entry.
 */
export function parseOwnedCookie(cookieHeader: string | null | undefined, secure = false): OwnedEntry[] {
  const names = secure ? [cookieName(OWNER_COOKIE, true), OWNER_COOKIE] : [OWNER_COOKIE];
  const seen = new Set<string>();
  return names
    .flatMap((name) => entriesIn(cookieHeader, name))
    .filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

/** Set-Cookie values that store `entries`; over HTTPS also the expiry of a plain cookie left from before. */
export function serializeOwnedCookie(entries: OwnedEntry[], secure: boolean): string[] {
  const value = entries
    .slice(0, MAX_OWNED)
    .map((e) => `${e.id}.${e.token}`)
    .join("~");
  const cookies = [serializeCookie(OWNER_COOKIE, value, secure, MAX_AGE_SECONDS)];
  if (secure) cookies.push(serializeCookie(OWNER_COOKIE, "", false, 0));
  return cookies;
}

/** Newest first; a re-added id replaces its old entry. */
export function addOwned(entries: OwnedEntry[], entry: OwnedEntry): OwnedEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, MAX_OWNED);
}

export function removeOwned(entries: OwnedEntry[], id: string): OwnedEntry[] {
  return entries.filter((e) => e.id !== id);
}
