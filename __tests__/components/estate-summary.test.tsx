/** @jest-environment jsdom */
// Estate answers in words and the parsing behind the estate step; drafts saved before the step existed.
import { act, fireEvent, render, screen } from "@testing-library/react";
import "@testing-library/jest-dom";
import { QuestionnaireEntry } from "@/components/wizard/questionnaire-entry";
import { DRAFT_KEY } from "@/components/wizard/draft";
import { DEFAULT_ANSWERS, QUESTIONS } from "@/lib/questionnaire/questions";
import { summarizeEstate } from "@/lib/questionnaire/describe-estate";
import { parseCount, withoutEmptyInputs } from "@/components/wizard/estate-form";
import { AnswersSummary } from "@/components/results/answers-summary";
import type { Answers } from "@/lib/questionnaire/answers";

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn() }) }));

test("an old draft (review at 9) reopens at the estate step", async () => {
  localStorage.setItem(
    DRAFT_KEY,
    JSON.stringify({ answers: { ...DEFAULT_ANSWERS, guestOs: "mostly-linux" }, step: 9, furthest: 9 }),
  );
  render(<QuestionnaireEntry questions={QUESTIONS} />);
  const prompt = screen.getByRole("region", { name: "Continue your saved answers?" });
  expect(prompt).toHaveTextContent("9 of 9 questions answered, last at Your estate.");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Resume where you left off" }));
  });
  expect(screen.getByRole("textbox", { name: "Hosts" })).toHaveValue("");
  expect(screen.getByRole("navigation", { name: "Steps" })).toHaveTextContent("Mostly Linux");
});

test("the estate in words, and what the inputs accept", () => {
  expect(summarizeEstate({})).toBe("Not given");
  expect(summarizeEstate({ years: 1 })).toBe("Estate not given, 1 year");
  expect(summarizeEstate({ estate: { hosts: 1, socketsPerHost: 1, coresPerSocket: 1 } })).toBe(
    "1 host × 1 socket × 1 core, 3 years",
  );
  expect(
    summarizeEstate({ estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, windowsVms: 3 }, years: 5 }),
  ).toBe("40 hosts × 2 sockets × 16 cores, 3 Windows Server VMs, 5 years");
  expect(
    summarizeEstate({
      estate: { hosts: 4, socketsPerHost: 2, coresPerSocket: 16, vms: 600, windowsVms: 120, desktopVms: 380 },
    }),
  ).toBe("4 hosts × 2 sockets × 16 cores, 600 VMs (120 Windows Server, 380 desktops), 3 years");
  expect(summarizeEstate({ estate: { hosts: 40 } })).toBe("Incomplete");
  expect([
    parseCount(""),
    parseCount("  "),
    parseCount(" 1 000 "),
    parseCount("10,000"),
    parseCount("1,5"),
    parseCount("1.5"),
    parseCount("-2"),
    parseCount("1e3"),
  ]).toEqual([undefined, undefined, 1000, 10000, "1,5", 1.5, -2, "1e3"]);
  expect(withoutEmptyInputs({ workloads: [], estate: { hosts: undefined }, years: undefined })).toEqual({
    workloads: [],
  });
  expect(Object.keys(withoutEmptyInputs({ estate: { hosts: undefined } }))).toEqual([]);
});

test("a saved estate of clusters is described, not lost: the results' answers say so", () => {
  const answers: Answers = {
    ...DEFAULT_ANSWERS,
    currentPlatform: "esxi",
    ruledOut: ["esxi", "xen"],
    estate: {
      clusters: [
        {
          name: "Prod",
          hostGroups: [
            { count: 10, socketsPerHost: 2, coresPerSocket: 16 },
            { count: 6, socketsPerHost: 2, coresPerSocket: 24 },
          ],
          vms: 400,
          windowsServerVms: 100,
          desktopVms: 200,
        },
        {
          name: "VDI",
          hostGroups: [{ count: 6, socketsPerHost: 2, coresPerSocket: 8 }],
          vms: 180,
          windowsServerVms: 0,
          desktopVms: 180,
        },
        {
          name: "DR",
          hostGroups: [{ count: 2, socketsPerHost: 1, coresPerSocket: 8 }],
          vms: 20,
          windowsServerVms: 20,
          desktopVms: 0,
        },
      ],
    },
  };
  expect(summarizeEstate(answers)).toBe(
    "3 clusters, 24 hosts, 720 cores, 600 VMs (120 Windows Server, 380 desktops), 3 years",
  );
  render(
    <AnswersSummary
      answers={answers}
      assumptions={{ migrationDayRate: 850, discountRate: 0.05, renewalDate: "2027-06-30" }}
      answersQuery=""
    />,
  );
  const summary = screen.getByRole("region", { name: "Your answers" });
  expect(summary).toHaveTextContent(
    "Estate3 clusters, 24 hosts, 720 cores, 600 VMs (120 Windows Server, 380 desktops), 3 years",
  );
  expect(summary).toHaveTextContent("Will not runVMware ESXi (vSphere), Xen");
  expect(summary).toHaveTextContent(
    "Cost assumptionsContract renewal date: 2027-06-30; Migration day rate: US$850 per person-day; Discount rate: 5 % a year",
  );
});
