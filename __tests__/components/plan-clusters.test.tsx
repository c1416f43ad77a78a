/** @jest-environment jsdom */
// The plan per cluster as a user reads it on the results page and the share page: a table of each
// cluster's product and family, yearly cost, saving against staying put, effort and move order, the
// engine's sentence, the order to move with its reasons, and the split beside one platform and staying.
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { usd } from "@/components/results/plan-format";
import { PlanSection } from "@/components/results/plan-section";
import { EDGE_QUOTES, THREE_CLUSTERS } from "@/lib/decision/cluster-fixtures";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { answers as answerSet } from "../support/answers";
import { onBothPages } from "../support/result-pages";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };
const NOW = "2026-12-07T00:00:00Z";

/** A vSphere estate of a Windows SQL cluster, a desktop cluster and single-CPU edge hosts. */
const answers: Answers = buildAnswers(THREE_CLUSTERS);
const quotes: Quotes = EDGE_QUOTES;
const evaluation: Evaluation = evaluateAnswers({ answers, kb, quotes, today: "2026-12-07", samples: 50 });

function renderPlan(e: Evaluation, a: Answers = answers) {
  return render(<PlanSection kb={kb} answers={a} answersQuery="" evaluation={e} now={NOW} quotes={quotes} readOnly />);
}

test("a table of the clusters in their move order, each with its product, family, figures and place", () => {
  renderPlan(evaluation);
  const block = screen.getByTestId("plan-clusters");
  expect(within(block).getByRole("heading", { name: "Plan per cluster" })).toBeInTheDocument();
  const table = within(block).getByRole("table", { name: /Each cluster's product, yearly cost, saving and move/ });
  // The table scrolls sideways inside a labelled region on a phone, never the page.
  expect(within(block).getAllByRole("region")[0]).toContainElement(table);
  const rows = within(table).getAllByTestId("plan-cluster");
  expect(rows.map((r) => r.getAttribute("data-cluster"))).toEqual(["SQL", "EDGE", "VDI"]);
  for (const row of rows) {
    const plan = evaluation.plan!.clusters!.find((c) => c.name === row.getAttribute("data-cluster"))!;
    expect(within(row).getByRole("rowheader")).toHaveTextContent(
      `${plan.name}${plan.hosts} hosts, ${plan.cores} cores`,
    );
    expect(row).toHaveTextContent(plan.product!.name);
    expect(within(row).getByTestId("plan-cluster-per-year")).toHaveTextContent(usd(plan.perYear!));
    expect(within(row).getByTestId("plan-cluster-saving")).toHaveTextContent(`${usd(plan.savingPerYear!)} less`);
    expect(within(row).getByTestId("plan-cluster-move")).toHaveTextContent(`${plan.move!.risk} risk`);
  }
  // The product with its family under it.
  expect(within(rows[0]!).getAllByRole("cell")[0]).toHaveTextContent(
    `${evaluation.plan!.clusters![0]!.product!.name}Microsoft Hyper-V`,
  );
  expect(within(rows[0]!).getByTestId("plan-cluster-move")).toHaveTextContent("1st · low risk");
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual([
    "Cluster",
    "Product",
    "Per year",
    "Staying put, a year",
    "Against staying put, a year",
    "Migration effort",
    "Move order",
  ]);
});

test("the engine's sentence, the order to move with its reasons, and the split beside one platform and staying", () => {
  renderPlan(evaluation);
  const split = evaluation.plan!.split!;
  expect(screen.getByTestId("plan-split-sentence")).toHaveTextContent(split.explanation);
  const moves = within(screen.getByTestId("plan-move-order")).getAllByRole("listitem");
  expect(moves[0]).toHaveTextContent(`SQL to ${evaluation.plan!.clusters![0]!.product!.name}: Low risk`);
  const totals = screen.getByRole("table", { name: "The split next to one platform and staying put" });
  expect(within(totals).getByTestId("plan-split-own")).toHaveTextContent(
    [split.perYear, split.oneOff, split.npv].map(usd).join(""),
  );
  expect(within(totals).getByTestId("plan-split-one-platform")).toHaveTextContent(split.onePlatform!.product.name);
  expect(within(totals).getByTestId("plan-split-stay")).toHaveTextContent(usd(split.stay!.npv));
});

test("shows on the results page and on the share page, and not for a flat estate", () => {
  onBothPages({ kb, answers, quotes, evaluation, now: NOW }, () =>
    expect(screen.getByTestId("plan-split-sentence")).toHaveTextContent(evaluation.plan!.split!.explanation),
  );

  const flat = answerSet("vsphereShop", { estate: { hosts: 4, socketsPerHost: 2, coresPerSocket: 16 } });
  renderPlan(evaluateAnswers({ answers: flat, kb, today: "2026-12-07", samples: 20 }), flat);
  expect(screen.getByTestId("plan-section")).toBeInTheDocument();
  expect(screen.queryByTestId("plan-clusters")).not.toBeInTheDocument();
});

test("a plan saved before the plan per cluster had more than product and cost still shows its clusters", () => {
  const plan = evaluation.plan!;
  const old = {
    ...evaluation,
    plan: {
      ...plan,
      clusters: plan.clusters!.map(({ name, product, perYear, reason }) => ({ name, product, perYear, reason })),
      split: { perYear: plan.split!.perYear, oneOff: plan.split!.oneOff, npv: plan.split!.npv },
    },
  } as unknown as Evaluation;
  renderPlan(old);
  const rows = screen.getAllByTestId("plan-cluster");
  expect(rows.map((r) => r.getAttribute("data-cluster"))).toEqual(["SQL", "VDI", "EDGE"]);
  expect(within(rows[0]!).getByTestId("plan-cluster-per-year")).toHaveTextContent(usd(plan.clusters![0]!.perYear!));
  expect(screen.queryByTestId("plan-split-sentence")).not.toBeInTheDocument();
  expect(screen.queryByTestId("plan-move-order")).not.toBeInTheDocument();
});
