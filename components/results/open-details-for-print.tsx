// Print shows every disclosure open. CSS (::details-content) covers current Chromium; this covers the
// browsers that cannot style a closed <details>, and restores what the reader had open after. It
// renders nothing: a client island inside sections that render on the server.
"use client";
import { useEffect } from "react";

export function OpenDetailsForPrint({ within }: { within: string }) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>(`${within} details:not([open])`)];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [within]);
  return null;
}
