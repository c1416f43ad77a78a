import { createHash } from "node:crypto";
import { hashedPageCsp, inlineScriptHashes } from "./inline-script-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

test("each inline script is hashed over its exact text; scripts loaded from a file are not", () => {
  const first = "(self.__next_f=self.__next_f||[]).push([0])";
  const second = 'self.__next_f.push([1,"<\\/div>\\n"])';
  const html = `<head><script src="/_next/static/chunks/a.js" async=""></script></head>
<body><script>${first}</script><script id="_R_">${second}</script><script >${first}</script></body>`;
  expect(inlineScriptHashes(html)).toEqual([sha(first), sha(second)]);
});

test("the policy allows those hashes and same-origin files, and never inline script in general", () => {
  const csp = hashedPageCsp("<script>alert(1)</script>");
  const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
  expect(scriptSrc).toBe(`script-src 'self' ${sha("alert(1)")}`);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
});
