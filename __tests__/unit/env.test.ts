import { DEFAULT_DATABASE_URL, EnvError, parseEnv } from "@/lib/config/env";

test("defaults to the embedded SQLite database on port 3000", () => {
  expect(parseEnv({})).toEqual({
    DATABASE_URL: DEFAULT_DATABASE_URL, PORT: 3000, HOST: "0.0.0.0", ADMIN_LOGIN_MAX_ATTEMPTS: 5, ADMIN_LOGIN_WINDOW_SECONDS: 900,
  });
  expect(DEFAULT_DATABASE_URL).toBe("file:./data/advisor.db");
});

test("accepts PORT and DATABASE_URL overrides, and treats empty values as unset", () => {
  expect(parseEnv({ PORT: "4000", DATABASE_URL: "file:/tmp/x.db" })).toMatchObject({ PORT: 4000, DATABASE_URL: "file:/tmp/x.db" });
  expect(parseEnv({ PORT: "" }).PORT).toBe(3000);
});

test.each([
  [{ PORT: "abc" }, /PORT must be a whole number \(got "abc"\)/],
  [{ PORT: "70000" }, /PORT must be between 1 and 65535/],
  [{ PORT: "3.5" }, /PORT must be a whole number/],
  [{ DATABASE_URL: "mysql://db/advisor" }, /DATABASE_URL must be a SQLite file URL/],
  [{ DATABASE_URL: "file:" }, /DATABASE_URL must be a SQLite file URL/],
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
  expect(parseEnv({ ADMIN_PASSWORD: "correct horse battery", ADMIN_LOGIN_MAX_ATTEMPTS: "50", ADMIN_LOGIN_WINDOW_SECONDS: "60" }))
    .toMatchObject({ ADMIN_PASSWORD: "correct horse battery", ADMIN_LOGIN_MAX_ATTEMPTS: 50, ADMIN_LOGIN_WINDOW_SECONDS: 60 });
});

test("a rejected ADMIN_PASSWORD is never echoed in the error", () => {
  expect(() => parseEnv({ ADMIN_PASSWORD: "hunter2" })).toThrow(EnvError);
  try {
    parseEnv({ ADMIN_PASSWORD: "hunter2" });
  } catch (error) {
    expect((error as Error).message).not.toContain("hunter2");
  }
});
