import { DEFAULT_DATABASE_URL, EnvError, parseEnv } from "@/lib/config/env";

test("defaults to the embedded SQLite database on port 3000", () => {
  expect(parseEnv({})).toEqual({ DATABASE_URL: DEFAULT_DATABASE_URL, PORT: 3000, HOST: "0.0.0.0" });
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
])("rejects %j with a message naming the variable", (env, message) => {
  expect(() => parseEnv(env)).toThrow(EnvError);
  expect(() => parseEnv(env)).toThrow(message);
});
