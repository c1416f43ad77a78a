"use client";
// The save dialog (react-hook-form + zod) loads when the results page is idle, not in its first
// load, keeping the page inside its JavaScript budget.
import dynamic from "next/dynamic";

export const SaveShareLazy = dynamic(() => import("./save-share").then((m) => m.SaveShare), {
  ssr: false,
  loading: () => (
    <button type="button" disabled>
      Save &amp; share
    </button>
  ),
});
