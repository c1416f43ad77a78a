"use client";
// True once React runs in the browser, false during the server render and hydration: for what only
// the browser can know (navigator.share, the page's own origin) without a second render pass.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
