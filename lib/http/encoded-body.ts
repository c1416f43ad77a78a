// A JSON body that is sent many times (a remembered evaluation): compressed once per encoding, on
// the thread pool, the first time a client asks for that encoding. Next would otherwise gzip the
// same ~60 KB on the main thread for every response (it leaves a body alone when the response
// already names its Content-Encoding).
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { chooseEncoding, type Encoding } from "./encoding";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Compressed = Exclude<Encoding, "identity">;

/** Quality 5 brotli and level 6 gzip: about 1 ms each for 60 KB, within a few per cent of their best. */
const COMPRESS: Record<Compressed, (text: Uint8Array) => Promise<Buffer>> = {
  br: (text) =>
    brotli(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }),
  gzip: (text) => gzipAsync(text, { level: 6 }),
};

export class EncodedBody {
  // Plain Uint8Arrays over their own ArrayBuffers: what a web Response takes as a body without copying.
  private readonly encoded = new Map<Compressed, Promise<Uint8Array<ArrayBuffer>>>();
  private raw: Uint8Array<ArrayBuffer> | null = null;

  constructor(readonly text: string) {}

  /** The body in `encoding`; compressed on first use and kept. */
  bytes(encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
    this.raw ??= new TextEncoder().encode(this.text);
    if (encoding === "identity") return Promise.resolve(this.raw);
    let pending = this.encoded.get(encoding);
    if (!pending) {
      pending = COMPRESS[encoding](this.raw).then((compressed) => new Uint8Array(compressed));
      this.encoded.set(encoding, pending);
      pending.catch(() => this.encoded.delete(encoding)); // not kept: the next request tries again
    }
    return pending;
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
