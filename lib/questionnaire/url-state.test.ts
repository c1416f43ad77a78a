import { DEFAULT_ANSWERS } from "./questions";
import { answersToSearchParams, parseResultsParams } from "./url-state";

test("answers and overrides survive a round trip through the URL", () => {
  const answers = { ...DEFAULT_ANSWERS, workloads: ["linux-apps", "vdi"] as const, mustHaves: [], teamSkills: ["linux", "automation"] as const };
  const params = answersToSearchParams({ ...answers, workloads: [...answers.workloads], teamSkills: [...answers.teamSkills] }, { "licence-cost": 30 });
  expect(params.toString()).toContain("workloads=linux-apps%2Cvdi");
  expect(params.get("mustHaves")).toBe("");
  const parsed = parseResultsParams(new URLSearchParams(params.toString()));
  expect(parsed).toEqual({
    ok: true,
    answers: { ...DEFAULT_ANSWERS, workloads: ["linux-apps", "vdi"], mustHaves: [], teamSkills: ["linux", "automation"] },
    overrides: { "licence-cost": 30 },
  });
});

test("reads Next.js searchParams objects too", () => {
  const record = Object.fromEntries(answersToSearchParams(DEFAULT_ANSWERS));
  expect(parseResultsParams(record)).toMatchObject({ ok: true, answers: DEFAULT_ANSWERS });
});

test("names each bad or missing field", () => {
  const params = answersToSearchParams(DEFAULT_ANSWERS);
  params.set("guestOs", "mostly-bsd");
  params.delete("scale");
  params.set("w.momentum", "-3");
  const parsed = parseResultsParams(params);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(parsed.fields.map((f) => f.field).sort()).toEqual(["guestOs", "scale", "weights.momentum"]);
});
