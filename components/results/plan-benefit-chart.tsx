// Benefit against cost: each priced option's product as a point, across by its net present value
// (cheaper to the left) and up by its benefit (the score on every criterion but licence cost), named
// beside its point. Inline SVG, no chart library; the list beneath carries every figure in words,
// with the sentence on what the recommendation costs beyond the cheapest eligible option.
import type { PlanOption, PlanSummary } from "@/lib/decision";
import { placeLabels } from "./chart-labels";
import { linear, niceTicks, plotArea, type Frame } from "@/lib/presentation/chart-scale";
import { ChartFigure, KeyItem, Marker, seriesSlots } from "./plan-chart-parts";
import { usd, usdShort, yearsText } from "./plan-format";
import charts from "./plan-charts.module.css";
import styles from "./plan.module.css";

type Props = { summary: PlanSummary; years: number };
type Priced = PlanOption & { npv: number };

const FRAME: Frame = { width: 360, height: 250, left: 38, right: 10, top: 12, bottom: 40 };
const LINE = 12;
/** About the width of one character of an 11-unit label. */
const CHAR = 6;
/** Characters per label line: a name wraps at word boundaries to stay inside the chart at 390 px. */
const WRAP = 22;

/** Words wrapped into lines of at most WRAP characters (a longer single word keeps its own line). */
export function wrapLabel(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= WRAP) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function PlanBenefitChart({ summary, years }: Props) {
  const priced = (summary.options ?? []).filter((o): o is Priced => o.npv !== null);
  if (priced.length === 0) return null;
  const unpriced = (summary.options ?? []).filter((o) => o.npv === null);
  const recommended = summary.recommended?.hypervisor ?? null;
  const slots = seriesSlots(
    (summary.options ?? []).map((o) => o.hypervisor),
    recommended,
    summary.stay?.hypervisor ?? null,
  );

  const { x0, x1, y0, y1 } = plotArea(FRAME);
  const xTicks = niceTicks(0, Math.max(1, ...priced.map((o) => o.npv)), 3);
  const benefits = priced.map((o) => o.benefit);
  const yTicks = niceTicks(Math.max(0, Math.min(...benefits) - 5), Math.min(100, Math.max(...benefits) + 5), 4);
  const x = linear(0, xTicks[xTicks.length - 1]!, x0 + 6, x1 - 6);
  const y = linear(yTicks[0]!, yTicks[yTicks.length - 1]!, y0, y1);
  const labels = priced.map((o) => wrapLabel(o.name));
  const boxes = placeLabels(
    priced.map((o, i) => ({
      x: x(o.npv),
      y: y(o.benefit),
      width: Math.max(...labels[i]!.map((l) => l.length)) * CHAR,
      height: labels[i]!.length * LINE,
    })),
    { left: 2, top: 0, width: FRAME.width - 4, height: y0 - 2 },
  );

  return (
    <ChartFigure
      id="plan-benefit-chart"
      caption={`Benefit against cost: higher is better on everything but money, further left costs less over ${yearsText(years)}`}
      description={priced
        .map((o) => `${o.name}: benefit ${o.benefit.toFixed(1)}, net present value ${usd(o.npv)}.`)
        .join(" ")}
      frame={FRAME}
      x={x}
      y={y}
      xTicks={xTicks.map((t) => ({ value: t, label: usdShort(t) }))}
      yTicks={yTicks.map((t) => ({ value: t, label: String(t) }))}
      xTitle="Net present value (cost over the horizon)"
      yTitle="Benefit (0–100, all but money)"
      after={
        <>
          <ul className={charts.legend} aria-label="Benefit and cost of each option">
            {priced.map((o) => (
              <KeyItem
                key={o.id}
                slot={slots.get(o.hypervisor) ?? 0}
                name={o.name}
                tags={
                  <>
                    {o.hypervisor === recommended && <span className={styles.todayTag}>recommended</span>}
                    {!o.eligible && <span className={styles.ineligibleTag}>Not eligible</span>}
                  </>
                }
                detail={`benefit ${o.benefit.toFixed(1)} · ${usd(o.npv)} net present value`}
              />
            ))}
          </ul>
          {unpriced.length > 0 && (
            <p className="muted">Not shown until priced (enter a quote): {unpriced.map((o) => o.name).join(", ")}.</p>
          )}
          {summary.cheapest?.explanation && (
            <p className={charts.verdictLine} data-testid="plan-cheapest">
              {summary.cheapest.explanation}
            </p>
          )}
        </>
      }
    >
      {priced.map((o, i) => (
        <g
          key={o.id}
          className={charts.series}
          data-slot={slots.get(o.hypervisor) ?? 0}
          data-eligible={o.eligible}
          data-testid="plan-benefit-point"
        >
          <Marker slot={slots.get(o.hypervisor) ?? 0} cx={x(o.npv)} cy={y(o.benefit)} size={5} />
          <text className={charts.pointLabel}>
            {labels[i]!.map((text, line) => (
              <tspan key={line} x={boxes[i]!.left} y={boxes[i]!.top + LINE * (line + 0.8)}>
                {text}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </ChartFigure>
  );
}
