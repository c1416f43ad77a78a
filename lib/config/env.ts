// Environment, parsed once. A bad value stops the process with a message naming the variable,
// rather than failing later in some request.
import { z } from "zod";
import { parseTrustProxy } from "@/lib/security/client-address";

export const DEFAULT_DATABASE_URL = "file:./data/advisor.db";

/** postgres:// or postgresql:// runs on PostgreSQL; every other accepted URL is a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function isDatabaseUrl(url: string): boolean {
  if (url.startsWith("file:")) return url.length > "file:".length;
  if (!isPostgresUrl(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.hostname !== "" || parsed.searchParams.has("host");
  } catch {
    return false;
  }
}

/** Empty strings count as unset, so `PORT= npm start` behaves like `npm start`. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

export const ADMIN_PASSWORD_MIN_LENGTH = 12;

/** The longest rate-limit window allowed; the limiter deletes rows whose window started before it. */
export const MAX_WINDOW_SECONDS = 86_400;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: "must be a whole number" })
    .int({ message: "must be a whole number" })
    .min(min, { message: `must be between ${min} and ${max}` })
    .max(max, { message: `must be between ${min} and ${max}` });

export const envSchema = z.object({
  DATABASE_URL: optional(
    z
      .string()
      .refine(isDatabaseUrl, {
        message:
          'must be a SQLite file URL such as "file:./data/advisor.db" or a PostgreSQL URL such as "postgres://user:password@host:5432/advisor"',
      })
      .default(DEFAULT_DATABASE_URL),
  ),
  PORT: optional(
    z.coerce
      .number({ message: "must be a whole number" })
      .int({ message: "must be a whole number" })
      .min(1, { message: "must be between 1 and 65535" })
      .max(65535, { message: "must be between 1 and 65535" })
      .default(3000),
  ),
  /** Interface `next start` listens on; 0.0.0.0 serves the network, 127.0.0.1 only this machine. */
  HOST: optional(z.string().min(1).default("0.0.0.0")),
  /** The address people reach the app at (e.g. https://advisor.example.org), for absolute links in link previews. */
  PUBLIC_URL: optional(
    z.url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://advisor.example.org" }).optional(),
  ),
  /**
   * The first admin account's password (an owner named ADMIN_NAME), read only while no account
   * exists. Unset and no account: the admin area says it is disabled.
   */
  ADMIN_PASSWORD: optional(
    z
      .string()
      .min(ADMIN_PASSWORD_MIN_LENGTH, { message: `must be at least ${ADMIN_PASSWORD_MIN_LENGTH} characters long` })
      .optional(),
  ),
  /**
   * Which proxies in front may name the client in X-Forwarded-For (lib/security/client-address.ts):
   * unset = none (the socket's address); a number of hops; or a list of addresses / CIDR ranges.
   */
  TRUST_PROXY: optional(
    z
      .string()
      .superRefine((value, context) => {
        try {
          parseTrustProxy(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message });
        }
      })
      .optional(),
  ),
  /** The name of the first admin account, made from ADMIN_PASSWORD when there is none yet. */
  ADMIN_NAME: optional(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, {
        message: "must be 2 to 40 lower-case letters, digits, dots, dashes or underscores",
      })
      .default("admin"),
  ),
  /** Minutes an admin session may go unused before it ends (the absolute limit is 8 hours). */
  ADMIN_IDLE_MINUTES: optional(wholeNumber(1, 480).default(30)),
  /** Connections each app instance may hold open to PostgreSQL (ignored for SQLite). */
  DATABASE_POOL_SIZE: optional(wholeNumber(1, 1000).default(10)),
  /** Login attempts one client may make per window before answers turn into 429s. */
  ADMIN_LOGIN_MAX_ATTEMPTS: optional(wholeNumber(1, 100_000).default(5)),
  ADMIN_LOGIN_WINDOW_SECONDS: optional(wholeNumber(1, MAX_WINDOW_SECONDS).default(15 * 60)),
  /** Sign-in attempts against one account name per window, from any number of clients. */
  ADMIN_LOGIN_ACCOUNT_MAX_ATTEMPTS: optional(wholeNumber(1, 100_000).default(10)),
  /** Per-client limits count an IPv6 client by its network of this many bits (a line gets a /64). */
  RATE_LIMIT_IPV6_PREFIX: optional(wholeNumber(16, 128).default(64)),
  /** Recommendations one client may save per window before answers turn into 429s (the benchmark raises it). */
  SAVE_RATE_LIMIT_MAX: optional(wholeNumber(1, 100_000_000).default(60)),
  SAVE_RATE_LIMIT_WINDOW_SECONDS: optional(wholeNumber(1, MAX_WINDOW_SECONDS).default(60)),
  /** The least severe log lines written (pino levels; `silent` writes none). */
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info")),
  /**
   * Threads the production server evaluates new answer sets on (host/evaluation-threads.ts),
   * beside the main thread; 0 evaluates on the main thread. Unset: one fewer than the CPUs, 1 to 4.
   */
  EVALUATION_THREADS: optional(wholeNumber(0, 16).optional()),
  /** A request slower than this many milliseconds is logged, like every 5xx. */
  SLOW_REQUEST_MS: optional(wholeNumber(1, 600_000).default(1000)),
  /**
   * When set, GET /api/metrics answers only a request with `Authorization: Bearer <token>`;
   * unset, it answers only loopback clients.
   */
  METRICS_TOKEN: optional(z.string().min(16, { message: "must be at least 16 characters long" }).optional()),
});

const SECRET_VARIABLES = new Set(["ADMIN_PASSWORD", "DATABASE_URL", "METRICS_TOKEN"]);

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: NodeJS.ProcessEnv | Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // A secret is never echoed back, not even a wrong one: start-up logs are widely readable.
      const got = SECRET_VARIABLES.has(name) ? "" : ` (got ${JSON.stringify(source[name])})`;
      return `${name} ${issue.message}${got}`;
    }),
  );
}

let cached: Env | undefined;

/** The process's environment, parsed on first use and then kept. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
