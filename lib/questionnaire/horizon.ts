// The horizon costs are counted over, in years (contract "Additions to v1"): plain numbers, shared by
// the answers schema and by pages that ship no schema code.

/** The horizon when none is given. */
export const DEFAULT_YEARS = 3;
/** The longest horizon allowed. */
export const MAX_YEARS = 10;
