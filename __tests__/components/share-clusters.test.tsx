/** @jest-environment jsdom */
// A recommendation saved through the API with an estate of clusters and cost assumptions: the share
// page shows it whole, its links carry the clusters, and an estate with more clusters than a link can
// carry gets no re-evaluate link that would silently drop them.
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { evaluateAnswers } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { SharedResults } from "@/components/results/shared-results";
import { TodayNotice } from "@/app/r/[id]/today-notice";
import { answersToSearchParams, parseResultsParams } from "@/lib/questionnaire/url-state";
import { answers as answerSet } from "../support/answers";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };
const answers: Answers = answerSet("vsphereShop", {
  ruledOut: ["esxi"],
  estate: {
    clusters: [
      {
        name: "Prod",
        hostGroups: [{ count: 12, socketsPerHost: 2, coresPerSocket: 16 }],
        vms: 420,
        windowsServerVms: 120,
        desktopVms: 0,
      },
      {
        name: "VDI",
        hostGroups: [{ count: 8, socketsPerHost: 2, coresPerSocket: 24 }],
        vms: 380,
        windowsServerVms: 0,
        desktopVms: 380,
      },
    ],
  },
});
const assumptions = { discountRate: 0.05, windowsOwned: "datacenter" as const };

test("a clustered estate renders on the share page, described, with its assumptions", () => {
  const evaluation = evaluateAnswers({ answers, kb, assumptions, today: "2026-12-07", samples: 50 });
  render(
    <SharedResults
      kb={kb}
      answers={answers}
      weights={{}}
      quotes={{}}
      assumptions={assumptions}
      evaluation={evaluation}
      answersQuery={answersToSearchParams(answers, {}, {}, assumptions).toString()}
      now="2026-12-07T00:00:00Z"
      evidenceUrl="/api/v1/recommendations/x"
    />,
  );
  const summary = screen.getByRole("region", { name: "Your answers" });
  expect(summary).toHaveTextContent("2 clusters, 20 hosts, 768 cores, 800 VMs (120 Windows Server, 380 desktops)");
  expect(summary).toHaveTextContent("Will not runVMware ESXi (vSphere)");
  expect(summary).toHaveTextContent("Windows Server licences owned: Datacenter, for every host's cores");
  expect(summary).toHaveTextContent("Discount rate: 5 % a year");
  // "Change answers" opens the questionnaire with the same clusters.
  const change = new URL(screen.getByRole("link", { name: "Change answers" }).getAttribute("href")!, "http://x");
  expect(parseResultsParams(change.searchParams)).toMatchObject({ ok: true, answers: { estate: answers.estate } });
});

test("today's notice for an estate too large for a link says why there is no re-evaluate link; otherwise it links", () => {
  const today = { todayLabel: "kb-2", todayKbVersion: 2, unavailable: "A weight names a criterion no longer there." };
  const snapshot = { answers } as RecommendationSnapshot;
  const { unmount } = render(<TodayNotice today={today} snapshot={snapshot} reevaluateHref={null} />);
  expect(screen.queryByRole("link", { name: /Re-evaluate/ })).not.toBeInTheDocument();
  expect(screen.getByRole("region")).toHaveTextContent("the estate is kept whole only in the saved recommendation");
  unmount();
  render(<TodayNotice today={today} snapshot={snapshot} reevaluateHref="/results?a.discountRate=0.05" />);
  expect(screen.getByRole("link", { name: "Re-evaluate with today's data" })).toHaveAttribute(
    "href",
    "/results?a.discountRate=0.05",
  );
});
