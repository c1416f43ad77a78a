// The report's numbered references: every source a figure on its pages rests on, numbered in the
// order the pages first cite it, so "[3]" beside a price and "[3]" in the list at the end are the
// same document. A source is one URL (or, for a tool's own assumption, one title); its date is the
// latest "as of" of the figures citing it, because that is when the figure was last checked there.

export interface CitedSource {
  number: number;
  title: string;
  url: string | null;
  publisher: string | null;
  /** The latest date a citing figure was checked against it (null when no figure records one). */
  asOf: string | null;
}

export interface SourceRef {
  title: string;
  url: string | null;
  publisher?: string;
}

export class SourceRegistry {
  private readonly byKey = new Map<string, CitedSource>();

  /** The source's number, given it on first citation; a later date replaces an earlier one. */
  cite(source: SourceRef, asOf: string | null = null): number {
    const key = source.url ?? `title:${source.title}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = {
        number: this.byKey.size + 1,
        title: source.title,
        url: source.url,
        publisher: source.publisher ?? null,
        asOf: null,
      };
      this.byKey.set(key, entry);
    }
    if (asOf && (!entry.asOf || asOf > entry.asOf)) entry.asOf = asOf;
    return entry.number;
  }

  /** The numbers of several sources, ascending without repeats: "[2, 5]". */
  citeAll(sources: readonly SourceRef[], asOf: string | null = null): number[] {
    return [...new Set(sources.map((source) => this.cite(source, asOf)))].sort((a, b) => a - b);
  }

  list(): CitedSource[] {
    return [...this.byKey.values()];
  }
}

/** "[1, 4]", "[2, 5–9]" (runs of three or more as a range), or "" when nothing is cited. */
export function citation(numbers: readonly number[]): string {
  if (numbers.length === 0) return "";
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return `[${parts.join(", ")}]`;
}
