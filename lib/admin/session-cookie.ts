// The admin session cookie: httpOnly (scripts cannot read it), SameSite=Strict (no cross-site request
// carries it, which is the CSRF defence), Secure over HTTPS, and it expires with the session.
export const ADMIN_COOKIE = "ha_admin";
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

export function serializeAdminCookie(value: string, secure: boolean, maxAgeSeconds = SESSION_TTL_SECONDS): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${value ? maxAgeSeconds : 0}`];
  if (secure) attributes.push("Secure");
  return `${ADMIN_COOKIE}=${value}; ${attributes.join("; ")}`;
}

export function readAdminCookie(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === ADMIN_COOKIE) return rest.join("=") || null;
  }
  return null;
}
