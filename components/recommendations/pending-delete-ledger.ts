// The deletes made on My recommendations that the server has not confirmed yet, kept in localStorage
// so that one whose page went away before the answer (closed, crashed, offline) is not forgotten.
//
// A page holds one Web Lock while it has such a delete of its own in flight or in its undo time; a
// page that gets the lock knows every entry left in the ledger belongs to a page that is gone.
// Without localStorage or Web Locks (an insecure origin) the ledger is simply empty or unguarded.

const KEY = "hypervisor-advisor:pending-deletes:v1";
const LOCK = "hypervisor-advisor:pending-deletes";

export type LedgerEntry = { id: string; label: string };

function isEntry(value: unknown): value is LedgerEntry {
  const entry = value as Partial<LedgerEntry> | null;
  return typeof entry?.id === "string" && typeof entry.label === "string";
}

export function readPendingDeletes(): LedgerEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function write(entries: LedgerEntry[]): void {
  try {
    if (entries.length > 0) localStorage.setItem(KEY, JSON.stringify(entries));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the delete still runs, only a later visit cannot finish it.
  }
}

export function recordPendingDelete(entry: LedgerEntry): void {
  write([...readPendingDeletes().filter((each) => each.id !== entry.id), entry]);
}

export function forgetPendingDelete(id: string): void {
  write(readPendingDeletes().filter((each) => each.id !== id));
}

/** Holds the ledger's lock until the returned function is called (or the page goes away). */
export function holdPendingDeletes(): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  navigator.locks?.request(LOCK, () => held).catch(() => {});
  return release;
}

/**
 * Runs `finish` on the entries no open page is looking after, holding the lock meanwhile so that
 * two pages opened together do not both take them; does nothing while another page holds it.
 */
export function finishLeftDeletes(finish: (entries: LedgerEntry[]) => Promise<void>): void {
  const run = () => {
    const entries = readPendingDeletes();
    return entries.length > 0 ? finish(entries) : Promise.resolve();
  };
  if (!navigator.locks) {
    void run();
    return;
  }
  navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => (lock ? run() : undefined)).catch(() => {});
}
