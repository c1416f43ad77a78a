// The engine's one expected error: bad weight overrides or sampling options. The API maps it to a 400.

export class EngineInputError extends Error {
  readonly status = 400;
  /** Dotted path of the offending input, e.g. "weights.licence-cost". */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = "EngineInputError";
    this.field = field;
  }
}
