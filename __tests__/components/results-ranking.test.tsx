/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { evaluateAnswers } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { ResultsView } from "@/components/results/results-view";
import { knowledgeForPage } from "@/lib/presentation/page-knowledge";
import { selectHistory } from "@/components/results/history-map";
import { answers } from "../support/answers";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };
const openstack: Answers = answers("linuxOnOpenStack", { workloads: ["linux-apps", "general-server"] });

// The page loads the whole knowledge base for re-scoring from the model endpoint, pinned to its version.
const requested: string[] = [];
beforeEach(() => {
  requested.length = 0;
  global.fetch = jest.fn(async (url: string | URL | Request) => {
    requested.push(String(url));
    // jsdom has no Response: the two members the page reads.
    return { ok: true, json: async () => JSON.parse(JSON.stringify(kb)) as KnowledgeBase } as Response;
  }) as typeof fetch;
});

function renderView(answers: Answers) {
  const evaluation = evaluateAnswers({ answers, kb });
  render(
    <ResultsView
      kb={knowledgeForPage(kb, evaluation)}
      answers={answers}
      initialWeights={{}}
      initialEvaluation={evaluation}
      answersQuery=""
      now="2026-11-25T00:00:00Z"
    />,
  );
  return evaluation;
}

test("the table's totals are the scores the chart shows, one column per hypervisor", () => {
  renderView(openstack);
  const table = screen.getByTestId("points-table");
  const totals = within(table)
    .getAllByTestId("row-total")
    .map((cell) => cell.textContent);
  const scores = within(screen.getByTestId("ranking-chart"))
    .getAllByTestId("bar-score")
    .map((cell) => cell.textContent);
  expect(totals).toHaveLength(4);
  expect(totals).toEqual(scores);
});

test("moving a slider re-scores in place and Reset restores the answers' weights", async () => {
  const evaluation = renderView(openstack);
  const before = screen.getByTestId("winner-score").textContent;
  expect(before).toBe(String(Math.round(evaluation.ranking[0]!.score)));
  fireEvent.change(screen.getByRole("slider", { name: "Windows guests" }), { target: { value: "100" } });
  await waitFor(() => expect(screen.getByTestId("winner-score").textContent).not.toBe(before));
  expect(requested).toEqual(["/api/v1/model?version=1"]);
  expect(screen.getByText(/Recommendation with your adjusted weights/)).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Reset to my answers" }));
  expect(screen.getByTestId("winner-score").textContent).toBe(before);
});

test("history follows the answers: OpenStack shows the Nova driver removals, an ESXi estate shows Broadcom", () => {
  expect(selectHistory(openstack, evaluateAnswers({ answers: openstack, kb })).map((e) => e.key)).toContain(
    "openstack-drops-drivers",
  );
  const vmware: Answers = {
    ...openstack,
    licensing: "no-preference",
    cloudPlatform: "on-premises",
    currentPlatform: "esxi",
  };
  const keys = selectHistory(vmware, evaluateAnswers({ answers: vmware, kb })).map((e) => e.key);
  expect(keys).toEqual(expect.arrayContaining(["broadcom-buys-vmware", "vmware-exit"]));
  expect(keys).not.toContain("openstack-drops-drivers");
});

test("a weight typed out of range or left blank is refused with a message, and the score stays", async () => {
  renderView(openstack);
  const before = screen.getByTestId("winner-score").textContent;
  const box = screen.getByRole("spinbutton", { name: "Windows guests, importance from 0 to 100" });
  for (const text of ["-5", "500", ""]) {
    fireEvent.change(box, { target: { value: text } });
    expect(screen.getByRole("alert")).toHaveTextContent(/^Enter a number from 0 to 100; the weight stays at /);
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("winner-score").textContent).toBe(before);
  }
  fireEvent.change(box, { target: { value: "40" } });
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  await waitFor(() => expect(screen.getByTestId("winner-score").textContent).not.toBe(before));
});

test("a row's evidence is rendered when it is opened, and every row's while the page prints", () => {
  const evaluation = renderView(openstack);
  const [first, second] = evaluation.ranking;
  const row = first!.contributions.find((c) => c.weight > 0 && c.rationale)!;
  const elsewhere = second!.contributions.find((c) => c.weight > 0 && c.rationale && c.rationale !== row.rationale)!;
  const table = screen.getByRole("region", { name: `${first!.name}: contributions and evidence` });
  expect(within(table).queryByText(row.rationale)).not.toBeInTheDocument();

  fireEvent.click(within(table).getByRole("button", { name: row.name }));
  expect(within(table).getByText(row.rationale)).toBeInTheDocument();
  expect(screen.queryByText(elsewhere.rationale)).not.toBeInTheDocument();

  act(() => {
    window.dispatchEvent(new Event("beforeprint"));
  });
  expect(screen.getAllByText(elsewhere.rationale).length).toBeGreaterThan(0);
  act(() => {
    window.dispatchEvent(new Event("afterprint"));
  });
  expect(screen.queryByText(elsewhere.rationale)).not.toBeInTheDocument();
  expect(within(table).getByText(row.rationale)).toBeInTheDocument();
});
