// A Content-Security-Policy for a page whose HTML is fixed: instead of a per-request nonce, each of
// its inline scripts is allowed by the SHA-256 of its exact text (CSP Level 2 hash sources). Next
// writes its bootstrap and RSC payload as inline <script> elements; everything else it loads is a
// same-origin file, allowed by 'self'.
import { createHash } from "node:crypto";
import { pageCsp } from "@/lib/security/headers";

// An HTML <script> is raw text up to the first "</script", so the regular expression sees exactly
// what the browser hashes. Scripts with a src attribute are files, not inline code.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(body ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

export function hashedPageCsp(html: string): string {
  return pageCsp({ hashes: inlineScriptHashes(html) });
}
