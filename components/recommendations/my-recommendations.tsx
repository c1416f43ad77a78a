"use client";
// The list on "My recommendations": rename and delete through the API (the owner cookie authorises
// them), and pick two or three to compare. Delete, its undo and a page closed meanwhile: pending-delete.ts.
//
// The keyboard focus never falls back to the page when the control under it goes: after a rename
// (saved or cancelled) it is on the item's Rename button, after a delete on Undo, after an undo on
// the restored item, and when the undo time ends under it, on the item now in the deleted one's place.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import type { RecommendationSummary } from "@/lib/recommendations/service";
import { NAME_MAX } from "@/lib/recommendations/limits";
import { formatSavedAt } from "@/lib/recommendations/saved-at";
import { usePendingDelete, type PendingDelete, type Say } from "./pending-delete";
import styles from "./my-recommendations.module.css";
import shared from "./recommendations.module.css";

type Props = {
  initialItems: RecommendationSummary[];
  /** Each family's name as the knowledge base gives it ("VMware ESXi (vSphere)"), by id. */
  familyNames: Record<string, string>;
};

type FocusTarget = { on: "rename" | "link"; id: string } | { on: "undo" };

export function MyRecommendations({ initialItems, familyNames }: Props) {
  const [items, setItems] = useState(initialItems);
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "bad" }>({ text: "", tone: "ok" });
  const root = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<FocusTarget | null>(null);
  const statusId = useId();

  const say: Say = (text, tone = "ok") => setMessage({ text, tone });

  function moveFocusOffUndo(ended: PendingDelete) {
    if (document.activeElement !== undoButton.current) return;
    const links = Array.from(root.current?.querySelectorAll<HTMLElement>("[data-link]") ?? []);
    (links[Math.min(ended.index, links.length - 1)] ?? status.current)?.focus();
  }

  const { pending, remove, undo } = usePendingDelete({ items, setItems, say, onUndoEnd: moveFocusOffUndo });

  // Focus moves once the control it goes to is rendered (the Undo button, a renamed item's label).
  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    if (target.on === "undo") undoButton.current?.focus();
    else root.current?.querySelector<HTMLElement>(`[data-${target.on}="${CSS.escape(target.id)}"]`)?.focus();
  });

  function stopEditing(id: string) {
    setEditing(null);
    focusAfterRender.current = { on: "rename", id };
  }

  async function rename(id: string, name: string) {
    const response = await fetch(`/api/v1/recommendations/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    }).catch(() => null);
    if (response?.ok) {
      const updated = (await response.json()) as { name: string | null };
      setItems((list) => list.map((item) => (item.id === id ? { ...item, name: updated.name } : item)));
      stopEditing(id);
      say("Renamed.");
    } else {
      const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      say(body?.error?.message ?? "Could not rename it. Try again.", "bad");
    }
  }

  function deleteItem(id: string, label: string) {
    setSelected((ids) => ids.filter((x) => x !== id));
    setEditing(null);
    remove(id, label);
    focusAfterRender.current = { on: "undo" };
  }

  function undoDelete() {
    const restored = undo();
    if (restored) focusAfterRender.current = { on: "link", id: restored.id };
  }

  const toggle = (id: string) =>
    setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < 3 ? [...ids, id] : ids));

  return (
    <div ref={root}>
      <div className={styles.statusRow}>
        {/* Focusable from script only: where the focus goes when the last item's undo time ends under it. */}
        <p role="status" id={statusId} ref={status} tabIndex={-1} className={styles.status} data-tone={message.tone}>
          {message.text}
        </p>
        {pending && (
          <button
            ref={undoButton}
            type="button"
            className={`${shared.button} ${styles.undo}`}
            onClick={undoDelete}
            aria-describedby={statusId}
          >
            Undo
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <NothingSaved when="any more" />
      ) : (
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
                        <input
                          name="name"
                          defaultValue={item.name ?? ""}
                          maxLength={NAME_MAX}
                          // The field appears only when its user chose Rename: focus goes where they asked to type.
                          // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
                          autoFocus
                          onKeyDown={(event) => {
                            if (event.key !== "Escape") return;
                            event.preventDefault();
                            stopEditing(item.id);
                          }}
                        />
                      </label>
                      <button type="submit">Save name</button>
                      <button type="button" onClick={() => stopEditing(item.id)}>
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <Link href={`/r/${item.id}`} className={styles.name} data-link={item.id}>
                      {label}
                    </Link>
                  )}
                  <span className="muted">
                    {item.winner ? `First choice ${familyNames[item.winner] ?? item.winner}` : "No eligible option"} ·
                    knowledge base version {item.kbVersion} ·{" "}
                    <time dateTime={item.createdAt}>{formatSavedAt(item.createdAt, "medium")}</time>
                  </span>
                </div>
                <div className={styles.actions}>
                  <button
                    type="button"
                    onClick={() => setEditing(item.id)}
                    aria-label={`Rename ${label}`}
                    data-rename={item.id}
                  >
                    Rename
                  </button>
                  <button type="button" onClick={() => deleteItem(item.id, label)} aria-label={`Delete ${label}`}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {items.length === 0 ? null : selected.length >= 2 ? (
        <Link className={styles.compare} href={`/compare?ids=${selected.join(",")}`}>
          Compare the {selected.length} selected
        </Link>
      ) : (
        <p className="muted">Select two or three to compare them side by side.</p>
      )}
    </div>
  );
}

/** The empty list: "yet" before anything was saved here, "any more" once the last one is deleted. */
export function NothingSaved({ when }: { when: "yet" | "any more" }) {
  return (
    <p>
      Nothing saved from this browser {when}. <Link href="/questionnaire">Answer the questionnaire</Link> and use
      &ldquo;Save &amp; share&rdquo; on the result.
    </p>
  );
}
