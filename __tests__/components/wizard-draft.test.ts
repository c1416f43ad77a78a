/** @jest-environment jsdom */
// The saved draft is read back from storage the person (or an older build) controls: whatever is
// there, the wizard gets either usable answers or nothing.
import { DRAFT_KEY, parseDraft, sanitizeAnswers, saveDraft } from "@/components/wizard/draft";
import { describeAnswer, summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { stepIndices } from "@/components/wizard/steps";

const REVIEW = stepIndices(QUESTIONS.length).review;

test("a draft is read back from the key it was written to", () => {
  localStorage.clear();
  saveDraft({ answers: { guestOs: "mostly-linux" }, step: 1, furthest: 1 });
  expect(parseDraft(localStorage.getItem(DRAFT_KEY), REVIEW)).toMatchObject({
    step: 1,
    answers: { guestOs: "mostly-linux" },
  });
});

test("a valid draft round-trips", () => {
  const draft = { answers: { workloads: ["vdi", "databases"], guestOs: "mostly-windows" }, step: 2, furthest: 3 };
  expect(parseDraft(JSON.stringify(draft), REVIEW)).toEqual(draft);
});

test.each([
  ["no draft", null],
  ["not JSON", "{not json"],
  ["not an object", "[1,2]"],
  ["no step", JSON.stringify({ answers: {}, furthest: 1 })],
  ["step past the review", JSON.stringify({ answers: {}, step: REVIEW + 1, furthest: REVIEW + 1 })],
  ["fractional step", JSON.stringify({ answers: {}, step: 1.5, furthest: 2 })],
])("ignores a draft with %s", (_name, text) => {
  expect(parseDraft(text, REVIEW)).toBeNull();
});

test("drops only the answers the schema rejects", () => {
  expect(
    sanitizeAnswers({
      workloads: [],
      guestOs: "mostly-bsd",
      licensing: "no-preference",
      scale: "large",
      extra: "x",
      mustHaves: ["vendor-support", "vendor-support"],
    }),
  ).toEqual({ licensing: "no-preference", scale: "large" });
  expect(sanitizeAnswers("nonsense")).toEqual({});
});

test("never opens a step beyond the furthest one reached", () => {
  expect(parseDraft(JSON.stringify({ answers: {}, step: 5, furthest: 2 }), REVIEW)).toMatchObject({
    step: 2,
    furthest: 2,
  });
});

test("answers read as option labels in the question's order", () => {
  const workloads = QUESTIONS.find((q) => q.id === "workloads")!;
  expect(describeAnswer(workloads, ["databases", "general-server", "unknown"])).toEqual([
    "General servers",
    "Databases",
  ]);
  const mustHaves = QUESTIONS.find((q) => q.id === "mustHaves")!;
  expect(summarizeAnswer(mustHaves, [])).toBe("None");
});

test("a draft's assumptions are kept one by one: a bad one is dropped, the others stay", () => {
  const text = JSON.stringify({
    answers: { guestOs: "mostly-linux" },
    assumptions: { discountRate: 0.9, migrationDayRate: 800, renewalDate: "2027-06-30", currency: "EUR" },
    step: 1,
    furthest: 1,
  });
  expect(parseDraft(text, REVIEW)).toEqual({
    answers: { guestOs: "mostly-linux" },
    assumptions: { migrationDayRate: 800, renewalDate: "2027-06-30" },
    step: 1,
    furthest: 1,
  });
  expect(parseDraft(JSON.stringify({ answers: {}, assumptions: "7 %", step: 0, furthest: 0 }), REVIEW)).toEqual({
    answers: {},
    step: 0,
    furthest: 0,
  });
});
