// Whether the page is being printed, for content rendered only on paper or on request.
"use client";
import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Whether the page is being printed: from the browser's beforeprint, rendered at once so that the
 * printout has it, until afterprint; or while print media is emulated. `prepare` is the same switch
 * for the Print button, which flips it before it calls print().
 */
export function usePrinting(): { printing: boolean; prepare: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Every browser has matchMedia; jsdom, which the component tests run in, does not.
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const before = () => flushSync(() => setPrinting(true));
    const follow = () => setPrinting(media?.matches ?? false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", follow);
    media?.addEventListener("change", follow);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", follow);
      media?.removeEventListener("change", follow);
    };
  }, []);
  const prepare = useCallback(() => flushSync(() => setPrinting(true)), []);
  return { printing, prepare };
}
