import fc from "fast-check";
import { wholePercentages } from "./whole-percentages";

test("shares of weightings add up to 100 % however they round", () => {
  // A set that adds up to 100 rounded one by one keeps those figures. 0.335, 0.335 and 0.33 round one
  // by one to 34 + 34 + 33 = 101; floored they make 99, and the point left goes to the largest remainder.
  expect(wholePercentages([0.698, 0.252, 0.006, 0.044])).toEqual([70, 25, 1, 4]);
  expect(wholePercentages([0.335, 0.335, 0.33])).toEqual([34, 33, 33]);
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), (shares) => {
      const whole = wholePercentages(shares);
      const total = shares.reduce((a, b) => a + b, 0);
      expect(whole.reduce((a, b) => a + b, 0)).toBe(total > 0 ? 100 : 0);
      // Each differs from its exact percentage by less than one point.
      if (total > 0) shares.forEach((s, i) => expect(Math.abs(whole[i]! - (100 * s) / total)).toBeLessThan(1));
    }),
  );
});
