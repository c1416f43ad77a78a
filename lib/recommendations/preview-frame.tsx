// The link-preview image of a shared recommendation (the winner and the four scores), drawn from a
// plain description of it (PreviewFrame) so that it can be drawn on the server's evaluation thread
// (lib/evaluation/worker.ts), off the main thread, as well as in the route itself. Drawn with
// next/og's bundled font only: every text goes through drawableText, so next/og never fetches a font
// or an emoji from the network (it would, for a character its font lacks).
import { ImageResponse } from "next/og";
import { drawableText } from "./drawable-text";

export const PREVIEW_SIZE = { width: 1200, height: 630 };

type Row = { name: string; score: number; eligible: boolean; first: boolean };

/** What the image shows; null rows and texts are drawn as "not found". Plain data, so it can cross to a thread. */
export type PreviewFrame = { title: string; subtitle: string; rows: Row[]; footer?: string };

export const NOT_FOUND_FRAME: PreviewFrame = {
  title: "Recommendation not found",
  subtitle: "It may have been deleted.",
  rows: [],
};

/** The PNG of `frame`. */
export async function drawPreview(frame: PreviewFrame): Promise<Uint8Array> {
  const response = new ImageResponse(<Frame {...frame} />, PREVIEW_SIZE);
  return new Uint8Array(await response.arrayBuffer());
}

function Frame({ title, subtitle, rows, footer }: PreviewFrame) {
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
