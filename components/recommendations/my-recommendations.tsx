"use client";
// The list on "My recommendations": rename and delete through the API (the owner cookie authorises
// them), and pick two or three to compare.
//
// Delete can be undone: the item leaves the list at once and the request is sent UNDO_MS later (or
// when the page is left, with keepalive), since the API's delete is final and a confirm() box is
// the kind of question people click through.
import Link from "next/link";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { hypervisorLabel } from "@/lib/questionnaire/describe-answer";
import type { RecommendationSummary } from "@/lib/recommendations/service";
import { NAME_MAX } from "@/lib/recommendations/limits";
import { formatSavedAt } from "@/lib/recommendations/saved-at";
import styles from "./my-recommendations.module.css";

export const UNDO_MS = 6000;

type PendingDelete = { item: RecommendationSummary; index: number; label: string };

export function MyRecommendations({ initialItems }: { initialItems: RecommendationSummary[] }) {
  const [items, setItems] = useState(initialItems);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function rename(id: string, name: string) {
    const response = await fetch(`/api/v1/recommendations/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    }).catch(() => null);
    if (response?.ok) {
      const updated = (await response.json()) as { name: string | null };
      setItems((list) => list.map((item) => (item.id === id ? { ...item, name: updated.name } : item)));
      setEditing(null);
      setMessage("Renamed.");
    } else {
      const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      setMessage(body?.error?.message ?? "Could not rename it. Try again.");
    }
  }

  function putBack({ item, index }: PendingDelete) {
    setItems((list) => [...list.slice(0, index), item, ...list.slice(index)]);
  }

  async function commitDelete(done: PendingDelete) {
    const response = await fetch(`/api/v1/recommendations/${done.item.id}`, {
      method: "DELETE",
      keepalive: true,
    }).catch(() => null);
    if (response?.status === 204 || response?.status === 404) return;
    putBack(done);
    setMessage(`Could not delete "${done.label}": it is back in the list. Try again.`);
  }

  /** Ends the undo time of the pending delete, if any; `send` sends it, otherwise it is dropped. */
  function settlePending(send: boolean) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending && send) void commitDelete(pending);
    setPending(null);
  }

  function remove(id: string, label: string) {
    settlePending(true);
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) return;
    const next = { item: items[index]!, index, label };
    setItems((list) => list.filter((item) => item.id !== id));
    setSelected((ids) => ids.filter((x) => x !== id));
    setEditing(null);
    setPending(next);
    setMessage(`Deleted "${label}".`);
    timer.current = setTimeout(() => {
      timer.current = null;
      setPending(null);
      void commitDelete(next);
    }, UNDO_MS);
  }

  function undo() {
    if (!pending) return;
    putBack(pending);
    setMessage(`Restored "${pending.label}".`);
    settlePending(false);
  }

  // Leaving within the undo time deletes as promised: closing the tab or a full load (pagehide), or
  // a link inside the app, which unmounts this list without a pagehide.
  const leave = useEffectEvent(() => settlePending(true));
  useEffect(() => {
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, []);

  const toggle = (id: string) =>
    setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < 3 ? [...ids, id] : ids));

  return (
    <>
      <div className={styles.statusRow}>
        <p role="status" className={styles.status}>
          {message}
        </p>
        {pending && (
          <button type="button" className={styles.undo} onClick={undo}>
            Undo
          </button>
        )}
      </div>
      <ul className={styles.list}>
        {items.map((item) => {
          const label = item.name ?? `Saved ${formatSavedAt(item.createdAt, "medium")}`;
          return (
            <li key={item.id} className={styles.item}>
              <label className={styles.pick}>
                <input
                  type="checkbox"
                  checked={selected.includes(item.id)}
                  disabled={!selected.includes(item.id) && selected.length >= 3}
                  onChange={() => toggle(item.id)}
                />
                <span className="visually-hidden">Select {label} to compare</span>
              </label>
              <div className={styles.body}>
                {editing === item.id ? (
                  <form
                    className={styles.rename}
                    onSubmit={(event) => {
                      event.preventDefault();
                      void rename(item.id, String(new FormData(event.currentTarget).get("name") ?? ""));
                    }}
                  >
                    <label>
                      <span className="visually-hidden">New name for {label}</span>
                      {/* The field appears only when its user chose Rename: focus goes where they asked to type. */}
                      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- see above */}
                      <input name="name" defaultValue={item.name ?? ""} maxLength={NAME_MAX} autoFocus />
                    </label>
                    <button type="submit">Save name</button>
                    <button type="button" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <Link href={`/r/${item.id}`} className={styles.name}>
                    {label}
                  </Link>
                )}
                <span className="muted">
                  {item.winner ? `First choice ${hypervisorLabel(item.winner)}` : "No eligible option"} · knowledge base
                  version {item.kbVersion} ·{" "}
                  <time dateTime={item.createdAt}>{formatSavedAt(item.createdAt, "medium")}</time>
                </span>
              </div>
              <div className={styles.actions}>
                <button type="button" onClick={() => setEditing(item.id)} aria-label={`Rename ${label}`}>
                  Rename
                </button>
                <button type="button" onClick={() => remove(item.id, label)} aria-label={`Delete ${label}`}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {selected.length >= 2 ? (
        <Link className={styles.compare} href={`/compare?ids=${selected.join(",")}`}>
          Compare the {selected.length} selected
        </Link>
      ) : (
        <p className="muted">Select two or three to compare them side by side.</p>
      )}
    </>
  );
}
