// A parsed JSON answer as the tests read it: the assertions check its shape, not the compiler.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped on purpose: a test must be able to look at a wrong answer
export type Json = any;
