// Names joined the way the pages write them: "A", "A and B", "A, B and C" (no comma before "and").
export const andList = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
