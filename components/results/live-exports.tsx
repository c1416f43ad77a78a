"use client";
// The Export menu of the live results page: the same data downloads a saved link offers (the
// evaluation as JSON, the ranking and the costs as CSV), made in the browser from what the page shows
// now, weights and quotes included. The approvers' report and the workbook are drawn on the server
// for a saved link only, so the menu says where they come from instead of offering them.
// The file builders load on the first download: the page's first load does not carry them.
import { useResultsState } from "./results-context";
import { PrintButton } from "@/components/recommendations/print-button";
import menu from "@/components/recommendations/export-menu.module.css";

type Kind = "json" | "ranking" | "costs";

const FILE_NAMES: Record<Kind, string> = {
  json: "hypervisor-evaluation.json",
  ranking: "hypervisor-evaluation-ranking.csv",
  costs: "hypervisor-evaluation-costs.csv",
};

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // Revoked after the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function LiveExports() {
  const { answers, overrides, quotes, assumptions, evaluation } = useResultsState();

  async function save(kind: Kind) {
    if (kind === "json") {
      const { compactEvaluation } = await import("@/lib/decision/compact");
      // The body that reproduces it (POST /api/v1/evaluate) beside the answer with its evidence.
      const body = { answers, weights: overrides, quotes, assumptions };
      const text = JSON.stringify(
        { request: body, evaluation: compactEvaluation(evaluation, { evidence: true }) },
        null,
        2,
      );
      download(FILE_NAMES.json, "application/json", text);
      return;
    }
    const { rankingCsv, costsCsv } = await import("@/lib/recommendations/export");
    const csv = kind === "ranking" ? rankingCsv({ evaluation }) : costsCsv({ evaluation });
    download(FILE_NAMES[kind], "text/csv;charset=utf-8", csv);
  }

  return (
    <details className={menu.exportMenu}>
      <summary>Export</summary>
      <ul aria-label="Export">
        <li>
          <button type="button" onClick={() => void save("json")}>
            JSON (this evaluation)
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void save("ranking")}>
            Ranking CSV
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void save("costs")}>
            Costs CSV
          </button>
        </li>
        <li>
          <PrintButton />
        </li>
        <li className={menu.menuNote}>The report (PDF) and the cost workbook come with a saved link.</li>
      </ul>
    </details>
  );
}
