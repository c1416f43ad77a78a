/** @jest-environment jsdom */
// "Your plan" with the whole cost, as a user reads it on the results page and the share page: one-off
// lines with their arithmetic and Assumption badge, each option's cash flow and net present value,
// the recommendation's payback, both charts, the assumptions and the verdict's money sentence.
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { PlanSection } from "@/components/results/plan-section";
import { answers as answerSet } from "../support/answers";
import { onBothPages } from "../support/result-pages";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };

/** A VMware estate moving to KVM: a move with one-off costs, a payback and a cheaper eligible option. */
const answers: Answers = answerSet("linuxOnPremises", {
  workloads: ["linux-apps", "general-server"],
  currentPlatform: "esxi",
  mustHaves: ["live-migration", "high-availability"],
  estate: { hosts: 10, socketsPerHost: 2, coresPerSocket: 16, vms: 200, windowsVms: 0 },
  years: 5,
});
const quotes: Quotes = {};
const NOW = "2026-12-07T00:00:00Z";

function evaluate(assumptions?: Assumptions): Evaluation {
  return evaluateAnswers({ answers, kb, quotes, assumptions, today: "2026-12-07", samples: 50 });
}

function renderPlan(evaluation: Evaluation) {
  render(
    <PlanSection
      kb={kb}
      answers={answers}
      answersQuery=""
      evaluation={evaluation}
      now={NOW}
      quotes={quotes}
      readOnly
    />,
  );
}

const dollars = (n: number) => `US$${Math.round(n).toLocaleString("en-US")}`;
/** The cash flow and its NPV are to the cent, as the API and the costs CSV hold them. */
const cents = (n: number) => `US$${n.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
const family = (hypervisor: string) =>
  screen.getAllByTestId("plan-family").find((li) => li.getAttribute("data-hypervisor") === hypervisor)!;
const cell = (testId: string, hypervisor: string) =>
  screen.getAllByTestId(testId).find((td) => td.getAttribute("data-hypervisor") === hypervisor)!;

test("the fixture is a move with one-off costs, a payback and a cheaper eligible option", () => {
  const { plan, ranking } = evaluate();
  expect(plan!.recommended!.hypervisor).toBe("kvm");
  expect(plan!.paybackMonths).toBeGreaterThan(0);
  expect(plan!.cheapest).not.toBeNull();
  expect(ranking[0]!.cost!.oneOff!.lines.some((l) => l.assumption)).toBe(true);
});

test("each one-off line reads quantity × unit price = amount, with its arithmetic, source, date and Assumption badge", () => {
  const evaluation = evaluate();
  renderPlan(evaluation);
  const kvm = evaluation.ranking.find((e) => e.hypervisor === "kvm")!.cost!;
  const lines = within(family("kvm")).getAllByTestId("plan-one-off-line");
  expect(lines).toHaveLength(kvm.oneOff!.lines.length);
  kvm.oneOff!.lines.forEach((line, i) => {
    const shown = lines[i]!;
    expect(shown).toHaveTextContent(line.item);
    expect(shown).toHaveTextContent(`${dollars(line.amount)} once`);
    expect(shown).toHaveTextContent(
      new RegExp(`${line.quantity} × US\\$${line.unitPrice.toLocaleString("en-US")}\\.\\d{2} per ${line.unit} = `),
    );
    expect(shown).toHaveTextContent(line.arithmetic);
    expect(within(shown).queryByTestId("plan-line-assumption") !== null).toBe(line.assumption === true);
    if (line.asOf)
      expect(within(shown).getByText((_, el) => el?.tagName === "TIME")).toHaveAttribute("datetime", line.asOf);
  });
  // The labour line's day rate is the documented default: marked as an assumption, not a source's price.
  expect(within(lines[0]!).getByTestId("plan-line-assumption")).toHaveTextContent("Assumption");
  expect(within(family("kvm")).getByTestId("plan-one-off-total")).toHaveTextContent(
    `One-off: ${dollars(kvm.oneOff!.amount)}`,
  );
});

test("each priced option's cash flow adds up to its yearly cost over the horizon plus its one-off cost, with its NPV", () => {
  const evaluation = evaluate();
  renderPlan(evaluation);
  for (const entry of evaluation.ranking.filter((e) => e.cost?.perYear != null)) {
    const cost = entry.cost!;
    const flow = within(family(entry.hypervisor)).getByTestId("plan-cash-flow");
    const rows = within(flow).getAllByRole("row");
    expect(rows).toHaveLength(1 + cost.years + 1); // head, a row a year, the sum
    expect(rows[1]).toHaveTextContent(
      `1${cents(cost.perYear!)}${cents(cost.oneOff!.amount)}${cents(cost.perYear! + cost.oneOff!.amount)}`,
    );
    expect(within(flow).getByTestId("plan-cash-flow-sum")).toHaveTextContent(
      cents(cost.perYear! * cost.years + cost.oneOff!.amount),
    );
    expect(within(flow).getByTestId("plan-npv-line")).toHaveTextContent(
      `Net present value at 7 % a year: ${cents(cost.npv!)}`,
    );
  }
});

test("the comparison table gives each option's one-off cost and NPV at the plan's discount rate, and the recommendation's payback", () => {
  const evaluation = evaluate({ discountRate: 0.05 });
  renderPlan(evaluation);
  const table = screen.getByTestId("plan-cost-table");
  expect(within(table).getByRole("rowheader", { name: /^Net present value at 5\s%\sa year$/ })).toBeInTheDocument();
  for (const entry of evaluation.ranking.filter((e) => e.cost)) {
    expect(cell("plan-one-off", entry.hypervisor)).toHaveTextContent(dollars(entry.cost!.oneOff!.amount));
    expect(cell("plan-npv", entry.hypervisor)).toHaveTextContent(
      entry.cost!.npv === null ? "Quote required" : dollars(entry.cost!.npv),
    );
    expect(cell("plan-payback", entry.hypervisor)).toHaveTextContent(
      entry.hypervisor === "kvm" ? `${evaluation.plan!.paybackMonths} months` : "—",
    );
  }
});

test("the cumulative chart marks the payback and says it in words; the benefit chart names every priced product", () => {
  const evaluation = evaluate();
  renderPlan(evaluation);
  const plan = evaluation.plan!;
  const cumulative = within(screen.getByTestId("plan-cumulative-chart")).getByRole("img", {
    name: /^Cumulative cost over 5 years/,
  });
  expect(cumulative).toHaveAccessibleDescription(
    expect.stringContaining(`${plan.recommended!.name} pays back: ${plan.paybackMonths} months.`),
  );
  expect(within(screen.getByTestId("plan-cumulative-chart")).getByTestId("plan-payback-mark")).toHaveTextContent(
    `Pays back at month ${plan.paybackMonths}`,
  );
  const priced = plan.options.filter((o) => o.npv !== null);
  const benefit = screen.getByTestId("plan-benefit-chart");
  expect(within(benefit).getAllByTestId("plan-benefit-point")).toHaveLength(priced.length);
  for (const option of priced) {
    expect(within(benefit).getByRole("img")).toHaveAccessibleDescription(
      expect.stringContaining(
        `${option.name}: benefit ${option.benefit.toFixed(1)}, net present value ${dollars(option.npv!)}.`,
      ),
    );
  }
  expect(within(benefit).getByTestId("plan-cheapest")).toHaveTextContent(/a year more/);
});

test("the break-even discount and every assumption show, defaults with their source and the team's own figure as theirs", () => {
  const evaluation = evaluate({ migrationDayRate: 800 });
  renderPlan(evaluation);
  expect(screen.getByTestId("plan-break-even")).toHaveTextContent(evaluation.plan!.breakEven!.explanation);
  const shown = screen.getAllByTestId("plan-assumption");
  expect(shown).toHaveLength(evaluation.plan!.assumptions.length);
  const dayRate = shown.find((el) => el.getAttribute("data-field") === "migrationDayRate")!;
  expect(dayRate).toHaveTextContent("US$800");
  expect(dayRate).toHaveTextContent("your figure");
  expect(dayRate).not.toHaveTextContent("default assumption");
  const rate = shown.find((el) => el.getAttribute("data-field") === "discountRate")!;
  expect(rate).toHaveTextContent("7 % a year");
  expect(rate).toHaveTextContent("default assumption");
  expect(within(rate).getByRole("link")).toHaveAttribute("href", expect.stringMatching(/^https:\/\//));
});

test("the verdict says what the recommendation costs beyond the cheapest eligible option, on the results and share pages", () => {
  const evaluation = evaluate();
  const plan = evaluation.plan!;
  const winner = evaluation.ranking.find((e) => e.hypervisor === plan.recommended!.hypervisor)!;
  const perYear = winner.cost!.perYear! - plan.cheapest!.perYear;
  // Three significant figures, as the plan's own sentence rounds them.
  const about = (n: number) => {
    const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
    return `US$${(Math.round(n / magnitude) * magnitude).toLocaleString("en-US")}`;
  };
  const expected = `costs ${about(perYear)} a year more (${about(perYear * plan.years)} over ${plan.years} years`;
  const verdictSaysIt = () => {
    const money = screen.getByTestId("verdict-money");
    expect(money).toHaveTextContent(expected);
    expect(money).toHaveTextContent(plan.cheapest!.name);
    // The same sentence, figure for figure, as the plan's paste-able summary.
    expect(plan.summary).toContain(money.textContent);
  };

  onBothPages({ kb, answers, quotes, evaluation, now: NOW }, verdictSaysIt);
});

test("a plan saved before the whole cost shows no one-off lines, cash flow or charts, and does not fail", () => {
  const evaluation = evaluate();
  const old = {
    ...evaluation,
    plan: {
      ...evaluation.plan!,
      paybackMonths: undefined,
      options: undefined,
      assumptions: undefined,
      cheapest: undefined,
    },
    ranking: evaluation.ranking.map((e) =>
      e.cost ? { ...e, cost: { ...e.cost, oneOff: undefined, cashFlow: undefined, npv: undefined } } : e,
    ),
  } as unknown as Evaluation;
  renderPlan(old);
  expect(screen.queryByTestId("plan-one-off-line")).not.toBeInTheDocument();
  expect(screen.queryByTestId("plan-cash-flow")).not.toBeInTheDocument();
  expect(screen.queryByTestId("plan-cumulative-chart")).not.toBeInTheDocument();
  expect(screen.queryByTestId("plan-benefit-chart")).not.toBeInTheDocument();
  expect(cell("plan-payback", "kvm")).toHaveTextContent("—");
});

test("when staying put is the recommendation there is no payback, and with nothing running today no staying line", () => {
  const staying = answerSet("vsphereShop", {
    estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 300 },
  });
  const evaluation = evaluateAnswers({ answers: staying, kb, today: "2026-12-07", samples: 20 });
  expect(evaluation.plan!.recommended!.hypervisor).toBe("esxi");
  const { unmount } = render(
    <PlanSection kb={kb} answers={staying} answersQuery="" evaluation={evaluation} now={NOW} quotes={{}} readOnly />,
  );
  for (const td of screen.getAllByTestId("plan-payback")) expect(td).toHaveTextContent("—");
  expect(screen.queryByTestId("plan-payback-mark")).not.toBeInTheDocument();
  expect(within(screen.getByTestId("plan-cumulative-chart")).getByRole("img")).toHaveAccessibleDescription(
    expect.stringContaining("VMware vSphere Foundation 9 (staying put): "),
  );
  unmount();

  const fresh = { ...staying, currentPlatform: "none" } as Answers;
  const first = evaluateAnswers({ answers: fresh, kb, today: "2026-12-07", samples: 20 });
  render(<PlanSection kb={kb} answers={fresh} answersQuery="" evaluation={first} now={NOW} quotes={{}} readOnly />);
  const chart = screen.getByTestId("plan-cumulative-chart");
  expect(
    within(chart).getByRole("img", { name: /^Cumulative cost over 3 years, month by month$/ }),
  ).toBeInTheDocument();
  expect(within(chart).queryByText(/\(staying put\)/)).not.toBeInTheDocument();
});
