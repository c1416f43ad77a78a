// Who is asking to change a recommendation: a Bearer token (API clients) or, from the creator's
// own browser, the token kept for that id in the httpOnly owner cookie.
import { isSecureRequest, parseOwnedCookie } from "./owner-cookie";

export function presentedOwnerToken(request: Request, id: string): string | null {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? "";
  }
  return (
    parseOwnedCookie(request.headers.get("cookie"), isSecureRequest(request)).find((entry) => entry.id === id)?.token ??
    null
  );
}
