// Text people typed (a recommendation's name and notes) is shown to others: on share pages, compare,
// My recommendations, exports. Characters that change how the text around them reads without being
// seen themselves are taken out, so "…\u202Egnp.exe" cannot read as "…exe.png" and two names that
// look the same are the same: bidirectional embeddings, overrides, isolates and marks, and
// zero-width spaces, joiners and the byte-order mark. (Zero-width joiners also shape some emoji and
// scripts; names read plainly without them.) Pure: used by the schemas that accept such text and by
// the service that reads it back, for rows saved before this rule.

const INVISIBLE_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e]/g;

export function withoutInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, "");
}

export function withoutInvisibleControlsOrNull(text: string | null): string | null {
  return text === null ? null : withoutInvisibleControls(text);
}
