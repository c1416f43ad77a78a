import { chooseEncoding } from "./encoding";

test.each([
  [undefined, "identity"],
  ["", "identity"],
  ["gzip, deflate, br, zstd", "br"],
  ["gzip, deflate", "gzip"],
  ["br;q=0, gzip;q=0.5", "gzip"],
  ["GZIP", "gzip"],
  ["*", "br"],
  ["*;q=0, gzip", "gzip"],
  ["deflate", "identity"],
  ["br;q=0, gzip;q=0", "identity"],
])("Accept-Encoding %p → %s", (header, expected) => {
  expect(chooseEncoding(header)).toBe(expected);
});
