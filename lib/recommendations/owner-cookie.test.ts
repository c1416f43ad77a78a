import { OWNER_COOKIE, parseOwnedCookie, serializeOwnedCookie } from "./owner-cookie";

const id = (n: number) => `rec${String(n).padStart(19, "0")}`;
const token = (n: number) => String(n).repeat(43).slice(0, 43);

describe("the owner cookie", () => {
  test("over HTTPS it is __Host- prefixed and Secure, and a plain one left from before is expired", () => {
    const [stored, expired] = serializeOwnedCookie([{ id: id(1), token: token(1) }], true);
    expect(stored).toMatch(
      new RegExp(`^__Host-${OWNER_COOKIE}=.+; Path=/; HttpOnly; SameSite=Strict; Max-Age=\\d+; Secure$`),
    );
    expect(expired).toMatch(new RegExp(`^${OWNER_COOKIE}=; .*Max-Age=0`));
    expect(serializeOwnedCookie([], false)).toEqual([`${OWNER_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`]);
  });

  test("entries saved before the prefix are still found over HTTPS, after the prefixed ones", () => {
    const header = `${OWNER_COOKIE}=${id(1)}.${token(1)}; __Host-${OWNER_COOKIE}=${id(2)}.${token(2)}~${id(1)}.${token(3)}`;
    expect(parseOwnedCookie(header, true)).toEqual([
      { id: id(2), token: token(2) },
      { id: id(1), token: token(3) },
    ]);
    // Over plain HTTP a prefixed cookie cannot exist, so it is not read.
    expect(parseOwnedCookie(header, false)).toEqual([{ id: id(1), token: token(1) }]);
  });
});
