// The link preview of a shared recommendation: the winner and the four scores. Drawn with next/og's
// bundled font only: every text goes through drawableText, so next/og never fetches a font or an
// emoji from the network (it would, for a character its font lacks).
import { ImageResponse } from "next/og";
import { drawableText } from "@/lib/recommendations/drawable-text";
import { loadSharedRecommendation } from "@/lib/recommendations/share";
import { describeShare } from "./describe";

export const alt = "Hypervisor recommendation: the winner and the four scores";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
// Drawn per request, like the share page, so a deletion through any instance is honoured at once;
// loadSharedRecommendation keeps the expensive parts in memory. Link-preview fetches are rare.
export const dynamic = "force-dynamic";

export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const shared = await loadSharedRecommendation((await params).id);
  if (!shared) {
    return new ImageResponse(
      <Frame title="Recommendation not found" subtitle="It may have been deleted." rows={[]} />,
      size,
    );
  }
  const { title, winner } = describeShare(shared.snapshot);
  const { evaluation } = shared.snapshot;
  const rows = evaluation.ranking.map((e) => ({
    name: e.name,
    score: e.score,
    eligible: e.eligible,
    first: e.hypervisor === evaluation.winner,
  }));
  const subtitle = winner
    ? `${winner.name} first, ${winner.score.toFixed(1)} of 100 (${evaluation.confidence?.label ?? "n/a"})`
    : "No hypervisor meets every requirement";
  return new ImageResponse(
    <Frame title={title} subtitle={subtitle} rows={rows} footer={evaluation.modelVersion} />,
    size,
  );
}

type Row = { name: string; score: number; eligible: boolean; first: boolean };

function Frame({ title, subtitle, rows, footer }: { title: string; subtitle: string; rows: Row[]; footer?: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        padding: 64,
        background: "#f7f8fa",
        color: "#16202c",
        fontSize: 28,
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: "#4a5565", fontWeight: 600 }}>Hypervisor Advisor</div>
      <div style={{ display: "flex", fontSize: 54, fontWeight: 700, marginTop: 16, lineHeight: 1.15 }}>
        {drawableText(title, "Shared recommendation").slice(0, 80)}
      </div>
      <div style={{ display: "flex", fontSize: 30, color: "#1d4ed8", marginTop: 12 }}>{drawableText(subtitle, "")}</div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 40, gap: 18 }}>
        {rows.map((row) => (
          <div key={row.name} style={{ display: "flex", alignItems: "center", gap: 20 }}>
            <div style={{ display: "flex", width: 330, fontWeight: row.first ? 700 : 400 }}>
              {drawableText(row.name, "")}
            </div>
            <div style={{ display: "flex", width: 600, height: 30, background: "#e3e8ef", borderRadius: 6 }}>
              <div
                style={{
                  display: "flex",
                  width: `${Math.max(1, row.score) * 6}px`,
                  height: 30,
                  borderRadius: 6,
                  background: row.eligible ? (row.first ? "#1d4ed8" : "#7c9ce0") : "#c4c9d1",
                }}
              />
            </div>
            <div style={{ display: "flex", width: 190 }}>
              {row.score.toFixed(1)}
              {row.eligible ? "" : " ruled out"}
            </div>
          </div>
        ))}
      </div>
      {footer && (
        <div style={{ display: "flex", marginTop: "auto", fontSize: 22, color: "#4a5565" }}>
          {drawableText(footer, "")}
        </div>
      )}
    </div>
  );
}
