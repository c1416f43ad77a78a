import { DEFAULT_DATABASE_URL, EnvError, isPostgresUrl, parseEnv } from "@/lib/config/env";

test("defaults to the embedded SQLite database on port 3000", () => {
  expect(parseEnv({})).toEqual({
    DATABASE_URL: DEFAULT_DATABASE_URL,
    DATABASE_POOL_SIZE: 10,
    PORT: 3000,
    HOST: "0.0.0.0",
    ADMIN_NAME: "admin",
    ADMIN_IDLE_MINUTES: 30,
    ADMIN_LOGIN_MAX_ATTEMPTS: 5,
    ADMIN_LOGIN_WINDOW_SECONDS: 900,
    ADMIN_LOGIN_ACCOUNT_MAX_ATTEMPTS: 10,
    RATE_LIMIT_IPV6_PREFIX: 64,
    SAVE_RATE_LIMIT_MAX: 60,
    SAVE_RATE_LIMIT_WINDOW_SECONDS: 60,
    LOG_LEVEL: "info",
    SLOW_REQUEST_MS: 1000,
  });
  expect(DEFAULT_DATABASE_URL).toBe("file:./data/advisor.db");
});

test("accepts PORT and DATABASE_URL overrides, and treats empty values as unset", () => {
  expect(parseEnv({ PORT: "4000", DATABASE_URL: "file:/tmp/x.db" })).toMatchObject({
    PORT: 4000,
    DATABASE_URL: "file:/tmp/x.db",
  });
  expect(parseEnv({ PORT: "" }).PORT).toBe(3000);
});

test("accepts postgres:// and postgresql:// URLs and says which provider a URL selects", () => {
  for (const url of [
    "postgres://advisor:secret@db.example.org:5432/advisor",
    "postgresql://advisor@127.0.0.1/advisor?sslmode=require",
    "postgres:///advisor?host=/run/postgresql",
  ]) {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(isPostgresUrl(url)).toBe(true);
  }
  expect(isPostgresUrl(DEFAULT_DATABASE_URL)).toBe(false);
  expect(isPostgresUrl("file:./postgres://x.db")).toBe(false);
  expect(parseEnv({ DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
});

test("a rejected DATABASE_URL is not echoed, since it may carry a password", () => {
  expect(() => parseEnv({ DATABASE_URL: "mysql://root:s3cret@db/advisor" })).toThrow(
    /DATABASE_URL must be a SQLite file URL .* or a PostgreSQL URL/,
  );
  expect(() => parseEnv({ DATABASE_URL: "mysql://root:s3cret@db/advisor" })).not.toThrow(/s3cret/);
});

test.each([
  [{ PORT: "abc" }, /PORT must be a whole number \(got "abc"\)/],
  [{ PORT: "70000" }, /PORT must be between 1 and 65535/],
  [{ PORT: "3.5" }, /PORT must be a whole number/],
  [{ DATABASE_URL: "mysql://db/advisor" }, /DATABASE_URL must be a SQLite file URL/],
  [{ DATABASE_URL: "file:" }, /DATABASE_URL must be a SQLite file URL/],
  [{ DATABASE_URL: "postgres://" }, /DATABASE_URL must be a SQLite file URL/],
  [{ DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE must be between 1 and 1000/],
  [{ PUBLIC_URL: "advisor.example.org" }, /PUBLIC_URL must be an http\(s\) URL/],
  [{ ADMIN_PASSWORD: "short" }, /ADMIN_PASSWORD must be at least 12 characters long/],
  [{ ADMIN_LOGIN_MAX_ATTEMPTS: "0" }, /ADMIN_LOGIN_MAX_ATTEMPTS must be between 1 and 100000/],
  [{ ADMIN_LOGIN_WINDOW_SECONDS: "soon" }, /ADMIN_LOGIN_WINDOW_SECONDS must be a whole number/],
])("rejects %j with a message naming the variable", (env, message) => {
  expect(() => parseEnv(env)).toThrow(EnvError);
  expect(() => parseEnv(env)).toThrow(message);
});

test("the admin area is off unless ADMIN_PASSWORD is set; thresholds are configurable", () => {
  expect(parseEnv({ ADMIN_PASSWORD: "" }).ADMIN_PASSWORD).toBeUndefined();
  expect(
    parseEnv({
      ADMIN_PASSWORD: "correct horse battery",
      ADMIN_LOGIN_MAX_ATTEMPTS: "50",
      ADMIN_LOGIN_WINDOW_SECONDS: "60",
    }),
  ).toMatchObject({
    ADMIN_PASSWORD: "correct horse battery",
    ADMIN_LOGIN_MAX_ATTEMPTS: 50,
    ADMIN_LOGIN_WINDOW_SECONDS: 60,
  });
});

test("a rejected ADMIN_PASSWORD is never echoed in the error", () => {
  expect(() => parseEnv({ ADMIN_PASSWORD: "hunter2" })).toThrow(EnvError);
  try {
    parseEnv({ ADMIN_PASSWORD: "hunter2" });
  } catch (error) {
    expect((error as Error).message).not.toContain("hunter2");
  }
});

test("TRUST_PROXY takes a number of hops or a list of addresses and ranges; anything else is named", () => {
  expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
  expect(parseEnv({ TRUST_PROXY: "10.0.0.0/8, ::1" }).TRUST_PROXY).toBe("10.0.0.0/8, ::1");
  expect(() => parseEnv({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY must be a number of proxy hops/);
  expect(() => parseEnv({ ADMIN_IDLE_MINUTES: "0" })).toThrow(/ADMIN_IDLE_MINUTES must be between 1 and 480/);
  expect(() => parseEnv({ ADMIN_NAME: "Root User" })).toThrow(/ADMIN_NAME must be 2 to 40/);
});

test("a bad LOG_LEVEL or a short METRICS_TOKEN names the variable and the reason", () => {
  expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL.*must be one of fatal, error, warn, info/);
  expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN.*at least 16 characters/);
  expect(parseEnv({ LOG_LEVEL: "debug", METRICS_TOKEN: "x".repeat(16) })).toMatchObject({ LOG_LEVEL: "debug" });
});
