// The admin session cookie: httpOnly (scripts cannot read it), SameSite=Strict (no cross-site request
// carries it, which is the CSRF defence), `__Host-` prefixed and Secure over HTTPS (no sibling
// subdomain can set or shadow it; lib/security/cookies.ts), and it expires with the session.
import { readCookie, serializeCookie } from "@/lib/security/cookies";

export const ADMIN_COOKIE = "ha_admin";
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

export function serializeAdminCookie(value: string, secure: boolean, maxAgeSeconds = SESSION_TTL_SECONDS): string {
  return serializeCookie(ADMIN_COOKIE, value, secure, maxAgeSeconds);
}

/** The session cookie's value: only the prefixed one over HTTPS; null when absent or sent twice. */
export function readAdminCookie(cookieHeader: string | null | undefined, secure: boolean): string | null {
  return readCookie(cookieHeader, ADMIN_COOKIE, secure);
}
