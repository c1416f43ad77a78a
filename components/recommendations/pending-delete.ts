"use client";
// Delete with an undo, for My recommendations. The API's delete is final and a confirm() box is the kind
// of question people click through, so the item leaves the list at once and the request waits UNDO_MS.
//
// What the list says must be what the server does, even when the page goes away in those seconds:
// - Leaving ends the undo time: the delete is sent at once (fetch keepalive) when the page is hidden,
//   left, or unmounted by a link inside the app. Hidden, not only pagehide: a phone may discard a
//   hidden tab without a pagehide, and a person who switches away has not asked to undo.
// - Until the server answers, the delete is also in localStorage (pending-delete-ledger.ts). A delete
//   that never got its answer (the tab closed or crashed first, or the network was down) is sent again
//   on the next visit, with a sentence saying so; if it fails then, the item is shown with the failure.
import { useEffect, useEffectEvent, useRef, useState, type Dispatch, type SetStateAction } from "react";
import { andList } from "@/lib/presentation/and-list";
import type { RecommendationSummary } from "@/lib/recommendations/service";
import {
  finishLeftDeletes,
  forgetPendingDelete,
  holdPendingDeletes,
  recordPendingDelete,
  type LedgerEntry,
} from "./pending-delete-ledger";

export const UNDO_MS = 6000;

export type PendingDelete = { item: RecommendationSummary; index: number; label: string; release: () => void };
export type Say = (text: string, tone?: "ok" | "bad") => void;

type Options = {
  items: RecommendationSummary[];
  setItems: Dispatch<SetStateAction<RecommendationSummary[]>>;
  say: Say;
  /** Called when the undo time runs out or the page is left, just before the Undo button goes. */
  onUndoEnd: (ended: PendingDelete) => void;
};

async function sendDelete(id: string): Promise<boolean> {
  const response = await fetch(`/api/v1/recommendations/${id}`, { method: "DELETE", keepalive: true }).catch(
    () => null,
  );
  // 404: already gone, which is what was asked.
  return response?.status === 204 || response?.status === 404;
}

/** '"A"', '"A" and "B"', '"A", "B" and "C"'. */
const quoted = (entries: LedgerEntry[]) => andList(entries.map((entry) => `"${entry.label}"`));

export function usePendingDelete({ items, setItems, say, onUndoEnd }: Options) {
  const [pending, setPending] = useState<PendingDelete | null>(null);
  // The same, read by the handlers: a page hidden then left calls `leave` twice before it renders again.
  const current = useRef<PendingDelete | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(false);

  function putBack(item: RecommendationSummary, index: number) {
    setItems((list) => [...list.slice(0, index), item, ...list.slice(index)]);
  }

  async function commit(done: PendingDelete) {
    const deleted = await sendDelete(done.item.id);
    // A failure seen by a page that is gone stays in the ledger: the next visit sends it again.
    if (deleted || mounted.current) forgetPendingDelete(done.item.id);
    if (!deleted && mounted.current) {
      putBack(done.item, done.index);
      say(`Could not delete "${done.label}": it is back in the list. Try again.`, "bad");
    }
    done.release();
  }

  /** Ends the undo time, if one is running, and returns its delete. */
  function endUndoTime(): PendingDelete | null {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const ended = current.current;
    current.current = null;
    setPending(null);
    return ended;
  }

  function remove(id: string, label: string) {
    const previous = endUndoTime();
    if (previous) void commit(previous);
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) return;
    recordPendingDelete({ id, label });
    const next = { item: items[index]!, index, label, release: holdPendingDeletes() };
    setItems((list) => list.filter((item) => item.id !== id));
    current.current = next;
    setPending(next);
    say(`Deleted "${label}".`);
    timer.current = setTimeout(() => {
      onUndoEnd(next);
      endUndoTime();
      void commit(next);
    }, UNDO_MS);
  }

  /** Puts the pending delete's item back; returns it, or null when there was nothing to undo. */
  function undo(): RecommendationSummary | null {
    const undone = endUndoTime();
    if (!undone) return null;
    forgetPendingDelete(undone.item.id);
    undone.release();
    putBack(undone.item, undone.index);
    say(`Restored "${undone.label}".`);
    return undone.item;
  }

  const leave = useEffectEvent(() => {
    const left = endUndoTime();
    if (!left) return;
    if (mounted.current) onUndoEnd(left);
    void commit(left);
  });
  const onVisibility = useEffectEvent(() => {
    if (document.visibilityState === "hidden") leave();
  });

  // Deletes an earlier page left unconfirmed: hidden from the list at once, then sent again.
  const finishEarlierDeletes = useEffectEvent(() =>
    finishLeftDeletes(async (entries) => {
      const listed = entries.filter((entry) => items.some((item) => item.id === entry.id));
      // The others are no longer listed: the server did delete them.
      for (const entry of entries) if (!listed.includes(entry)) forgetPendingDelete(entry.id);
      if (listed.length === 0) return;
      const positions = new Map(items.map((item, index) => [item.id, { item, index }]));
      setItems((list) => list.filter((item) => !listed.some((entry) => entry.id === item.id)));
      say(`Finishing the delete of ${quoted(listed)}, made just before this page was last closed…`);
      const outcomes = await Promise.all(listed.map(async (entry) => ({ entry, deleted: await sendDelete(entry.id) })));
      for (const { entry, deleted } of outcomes) if (deleted || mounted.current) forgetPendingDelete(entry.id);
      const done = outcomes.filter((outcome) => outcome.deleted).map((outcome) => outcome.entry);
      const failed = outcomes.filter((outcome) => !outcome.deleted).map((outcome) => outcome.entry);
      // Back in their old order, so that each lands where it was.
      const restored = failed.map((entry) => positions.get(entry.id)!).sort((a, b) => a.index - b.index);
      for (const { item, index } of restored) putBack(item, index);
      const told: string[] = [];
      if (done.length > 0)
        told.push(
          `Finished deleting ${quoted(done)}: the page was closed before the server had confirmed ${done.length === 1 ? "it" : "them"}.`,
        );
      if (failed.length > 0)
        told.push(
          `${quoted(failed)} ${failed.length === 1 ? "is" : "are"} still saved: the delete made before the page was last closed did not reach the server, and failed again now. Delete again to retry.`,
        );
      say(told.join(" "), failed.length > 0 ? "bad" : "ok");
    }),
  );

  useEffect(() => {
    mounted.current = true;
    finishEarlierDeletes();
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      mounted.current = false;
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", onVisibility);
      leave();
    };
  }, []);

  return { pending, remove, undo };
}
