import fc from "fast-check";
import { SCALES } from "./options";
import { QUESTIONS } from "./questions";
import { estateHostCount, findScaleMismatch, scaleFitsHosts, scaleForHosts } from "./scale-agreement";

const hostCounts = fc.integer({ min: 1, max: 100_000 });

test("the host bands are the ones the scale question states to the person", () => {
  const scale = QUESTIONS.find((question) => question.id === "scale")!;
  for (const option of scale.options) {
    const range = /^(\d+)–(\d+) hosts/.exec(option.description);
    const above = /^More than (\d+) hosts/.exec(option.description);
    if (range) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      expect([scaleForHosts(low), scaleForHosts(high)]).toEqual([option.value, option.value]);
      expect(scaleForHosts(high + 1)).not.toBe(option.value);
      if (low > 1) expect(scaleForHosts(low - 1)).not.toBe(option.value);
    } else {
      expect(above).not.toBeNull();
      const bound = Number(above![1]);
      expect([scaleForHosts(bound), scaleForHosts(bound + 1)]).toEqual(["medium", option.value]);
    }
  }
});

test("40 hosts contradict Small and point to Large; a Medium answer with 2 hosts points to Small", () => {
  expect(findScaleMismatch("small", 40)).toEqual({ hosts: 40, chosen: "small", implied: "large" });
  expect(findScaleMismatch("small", 4)).toEqual({ hosts: 4, chosen: "small", implied: "medium" });
  expect(findScaleMismatch("medium", 2)).toEqual({ hosts: 2, chosen: "medium", implied: "small" });
  expect(findScaleMismatch("medium", 33)).toEqual({ hosts: 33, chosen: "medium", implied: "large" });
  expect(findScaleMismatch("medium", 32)).toBeNull();
});

test("Large also means several sites: only a single host contradicts it", () => {
  expect(findScaleMismatch("large", 2)).toBeNull();
  expect(findScaleMismatch("large", 12)).toBeNull();
  expect(findScaleMismatch("large", 1)).toEqual({ hosts: 1, chosen: "large", implied: "small" });
});

test("nothing to compare, no mismatch", () => {
  expect(findScaleMismatch(undefined, 40)).toBeNull();
  expect(findScaleMismatch("small", undefined)).toBeNull();
});

test("the scale a host count implies always fits it, and a mismatch always suggests a scale that fits", () => {
  fc.assert(
    fc.property(hostCounts, fc.constantFrom(...SCALES), (hosts, scale) => {
      expect(scaleFitsHosts(scaleForHosts(hosts), hosts)).toBe(true);
      const mismatch = findScaleMismatch(scale, hosts);
      if (mismatch) {
        expect(mismatch.implied).not.toBe(scale);
        expect(findScaleMismatch(mismatch.implied, hosts)).toBeNull();
      } else {
        expect(scaleFitsHosts(scale, hosts)).toBe(true);
      }
    }),
  );
});

test("the hosts come from the flat count as soon as it is valid, or from the clusters' host groups", () => {
  expect(estateHostCount(undefined)).toBeUndefined();
  expect(estateHostCount({ hosts: 40 })).toBe(40);
  expect(estateHostCount({ hosts: 40, socketsPerHost: 2, coresPerSocket: 16 })).toBe(40);
  expect(estateHostCount({ vms: 100 })).toBeUndefined();
  // The wizard's values hold what the schema would refuse until Next: neither counts as hosts.
  expect(estateHostCount({ hosts: "4x" as unknown as number })).toBeUndefined();
  expect(estateHostCount({ hosts: 0 })).toBeUndefined();
  const cluster = { vms: 10, windowsServerVms: 0, desktopVms: 0 };
  expect(
    estateHostCount({
      clusters: [
        {
          name: "Prod",
          ...cluster,
          hostGroups: [
            { count: 30, socketsPerHost: 2, coresPerSocket: 16 },
            { count: 6, socketsPerHost: 1, coresPerSocket: 8 },
          ],
        },
        { name: "DR", ...cluster, hostGroups: [{ count: 4, socketsPerHost: 2, coresPerSocket: 16 }] },
      ],
    }),
  ).toBe(40);
});
