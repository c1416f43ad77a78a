// A JSON body that may be sent many times (a remembered evaluation): compressed per encoding on the
// thread pool when a client first asks for that encoding, fast, and again better once it is asked for
// a second time. Next would otherwise gzip the
// same ~60 KB on the main thread for every response (it leaves a body alone when the response
// already names its Content-Encoding).
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import { chooseEncoding, type Encoding } from "./encoding";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Compressed = Exclude<Encoding, "identity">;

type Effort = "fast" | "best";

/**
 * "fast" for a body's first answer: brotli quality 1 and gzip level 1, a fraction of a millisecond
 * for 60 KB, so an evaluation nobody asked for before is not held up by its compression (measured
 * here: twice the throughput for unseen answer sets). "best" once the same body is asked for again
 * (a remembered evaluation): quality 5 and level 6, about 1 ms each and within a few per cent of their
 * smallest, computed in the background and sent from then on.
 */
const COMPRESS: Record<Compressed, Record<Effort, (text: Uint8Array) => Promise<Buffer>>> = {
  br: {
    fast: (text) => brotli(text, brotliParams(1, text.length)),
    best: (text) => brotli(text, brotliParams(5, text.length)),
  },
  gzip: {
    fast: (text) => gzipAsync(text, { level: 1 }),
    best: (text) => gzipAsync(text, { level: 6 }),
  },
};

/**
 * Brotli options at `quality` for a body of `size` bytes. The window is the smallest that holds the
 * whole body: a larger one finds nothing more (the output is the same size to within a byte), and
 * setting up brotli's default, 4 MB, was a quarter of a 70 KB evaluation's compression at quality 1
 * (docs/performance.md, 2026-12-07).
 */
export function brotliParams(quality: number, size: number) {
  const window = Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(16, Math.ceil(Math.log2(size + 16))));
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
      [constants.BROTLI_PARAM_LGWIN]: window,
    },
  };
}

/**
 * The "fast" compression, synchronously, into bytes of their own (never a slice of Node's shared
 * buffer pool, so they can be transferred between threads): for the evaluation thread, which has
 * nothing else to do meanwhile (lib/evaluation/worker.ts).
 */
export function compressFastSync(encoding: Compressed, raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const compressed =
    encoding === "br" ? brotliCompressSync(raw, brotliParams(1, raw.length)) : gzipSync(raw, { level: 1 });
  return new Uint8Array(compressed);
}

/** `unsent`: compressed elsewhere and not yet asked for, so the first ask is its first use. */
type Slot = { bytes: Promise<Uint8Array<ArrayBuffer>>; effort: Effort; upgrading: boolean; unsent?: boolean };

/** Bytes compressed elsewhere with the "fast" effort (compressFastSync), handed to a new body. */
export type FastEncoded = { encoding: Compressed; bytes: Uint8Array<ArrayBuffer> };

export class EncodedBody {
  // Plain Uint8Arrays over their own ArrayBuffers: what a web Response takes as a body without copying.
  private readonly encoded = new Map<Compressed, Slot>();
  /** Better compressions under way in the background (see `upgraded`). */
  private readonly upgrades = new Set<Promise<unknown>>();
  private raw: Uint8Array<ArrayBuffer> | null;
  private decoded: string | null;

  /** From the JSON text, or from its UTF-8 bytes (and, optionally, their fast compression). */
  constructor(body: string | Uint8Array<ArrayBuffer>, fast?: FastEncoded) {
    this.raw = typeof body === "string" ? null : body;
    this.decoded = typeof body === "string" ? body : null;
    if (fast)
      this.encoded.set(fast.encoding, {
        bytes: Promise.resolve(fast.bytes),
        effort: "fast",
        upgrading: false,
        unsent: true,
      });
  }

  /** The JSON text (decoded once, when first asked for). */
  get text(): string {
    return (this.decoded ??= new TextDecoder().decode(this.raw!));
  }

  /** The uncompressed body's length in bytes. */
  get byteLength(): number {
    return this.uncompressed().byteLength;
  }

  /** The body in `encoding`: compressed fast on first use, better from its second use on, and kept. */
  bytes(encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
    if (encoding === "identity") return Promise.resolve(this.uncompressed());
    const slot = this.encoded.get(encoding);
    if (!slot) {
      const bytes = this.compress(encoding, "fast");
      this.encoded.set(encoding, { bytes, effort: "fast", upgrading: false });
      bytes.catch(() => this.encoded.delete(encoding)); // not kept: the next request tries again
      return bytes;
    }
    if (slot.unsent) {
      slot.unsent = false;
      return slot.bytes;
    }
    if (slot.effort === "fast" && !slot.upgrading) {
      slot.upgrading = true;
      const best = this.compress(encoding, "best");
      const done = best.then(
        () => Object.assign(slot, { bytes: best, effort: "best" }),
        () => (slot.upgrading = false), // keep the fast bytes; a later request tries again
      );
      this.upgrades.add(done);
      void done.finally(() => this.upgrades.delete(done));
    }
    return slot.bytes;
  }

  /** Resolves once the better compressions started so far have finished (for tests). */
  async upgraded(): Promise<void> {
    await Promise.allSettled([...this.upgrades]);
  }

  /** What the body has been compressed with so far (for tests and diagnostics). */
  effort(encoding: Compressed): Effort | null {
    return this.encoded.get(encoding)?.effort ?? null;
  }

  private uncompressed(): Uint8Array<ArrayBuffer> {
    return (this.raw ??= new TextEncoder().encode(this.decoded!));
  }

  private compress(encoding: Compressed, effort: Effort): Promise<Uint8Array<ArrayBuffer>> {
    return COMPRESS[encoding][effort](this.uncompressed()).then((compressed) => new Uint8Array(compressed));
  }
}

/** A JSON response in the best encoding the request accepts. */
export async function encodedJsonResponse(
  request: Request,
  body: EncodedBody,
  headers: Record<string, string> = {},
): Promise<Response> {
  const encoding = chooseEncoding(request.headers.get("accept-encoding") ?? undefined);
  const bytes = await body.bytes(encoding);
  return new Response(bytes, {
    headers: {
      ...headers,
      "Content-Type": "application/json",
      Vary: "Accept-Encoding",
      ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
    },
  });
}
