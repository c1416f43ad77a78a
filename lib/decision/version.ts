// Bump when a change to the rules or the method can change a result; recorded with every evaluation.
export const ENGINE_VERSION = "1.3.0"; // 1.3.0: products are the candidates (issue 30)
