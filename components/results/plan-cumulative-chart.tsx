// The cumulative cost of staying put against each priced option over the horizon, month by month:
// one-off costs at month 0, then the yearly cost spread evenly, so each option is a straight line and
// the recommendation's payback is where its line crosses below staying put's. Drawn as inline SVG
// (no chart library); each line has its own colour, dash and end marker, and the figures are in a
// table beneath, so nothing depends on colour or on seeing the picture.
import type { PlanSummary } from "@/lib/decision";
import { linear, niceTicks, plotArea, type Frame } from "@/lib/presentation/chart-scale";
import { ChartFigure, KeyItem, Marker, seriesSlots } from "./plan-chart-parts";
import { count, paybackText, type PlanEntry, usd, usdShort, yearsText } from "./plan-format";
import charts from "./plan-charts.module.css";
import styles from "./plan.module.css";
import { TableScroll } from "@/components/table-scroll";

type Props = { priced: PlanEntry[]; stay: PlanEntry | null; years: number; summary: PlanSummary | null };

type Series = { plan: PlanEntry; oneOff: number; perYear: number; slot: number; recommended: boolean };

const FRAME: Frame = { width: 360, height: 236, left: 54, right: 14, top: 26, bottom: 40 };

const at = (s: Series, month: number) => s.oneOff + (s.perYear * month) / 12;

function seriesOf(priced: PlanEntry[], stay: PlanEntry | null, summary: PlanSummary | null): Series[] {
  const recommended = summary?.recommended?.hypervisor ?? null;
  const slots = seriesSlots(
    priced.map((p) => p.entry.hypervisor),
    recommended,
    stay?.entry.hypervisor ?? null,
  );
  // The recommendation first, then staying put, then the rest in ranked order (the slots' order).
  return priced
    .filter((p) => p.cost?.perYear != null && (p.cost.cashFlow ?? []).length > 0)
    .map((plan) => ({
      plan,
      oneOff: plan.cost!.oneOff?.amount ?? 0,
      perYear: plan.cost!.perYear!,
      slot: slots.get(plan.entry.hypervisor) ?? 0,
      recommended: plan.entry.hypervisor === recommended,
    }))
    .sort((a, b) => a.slot - b.slot);
}

const nameOf = (s: Series) => `${s.plan.product.name}${s.plan.today ? " (staying put)" : ""}`;

function YearTable({ series, years }: { series: Series[]; years: number }) {
  return (
    <details className={styles.disclosure}>
      <summary>The figures by year</summary>
      <TableScroll className={styles.tableScroll} label="Cumulative cost by year">
        <table className={styles.costTable} data-testid="plan-cumulative-table">
          <thead>
            <tr>
              <th scope="col">After</th>
              {series.map((s) => (
                <th scope="col" key={s.plan.entry.hypervisor}>
                  {nameOf(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: years + 1 }, (_, year) => (
              <tr key={year}>
                <th scope="row">{year === 0 ? "The start" : yearsText(year)}</th>
                {series.map((s) => (
                  <td key={s.plan.entry.hypervisor}>{usd(at(s, year * 12))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}

export function PlanCumulativeChart({ priced, stay, years, summary }: Props) {
  const series = seriesOf(priced, stay, summary);
  if (series.length === 0) return null;
  const months = years * 12;
  const { x0, x1, y0, y1 } = plotArea(FRAME);
  const yTicks = niceTicks(0, Math.max(1, ...series.map((s) => at(s, months))));
  const x = linear(0, months, x0, x1);
  const y = linear(0, yTicks[yTicks.length - 1]!, y0, y1);
  const yearStep = years <= 5 ? 1 : 2;
  const xTicks = Array.from({ length: Math.floor(years / yearStep) + 1 }, (_, i) => i * yearStep * 12);

  const chosen = series.find((s) => s.recommended && !s.plan.today) ?? null;
  const payback = chosen && stay && summary?.paybackMonths != null ? summary.paybackMonths : null;
  const paybackWords =
    chosen && stay && summary?.paybackMonths !== undefined
      ? `${chosen.plan.product.name} pays back: ${paybackText(summary.paybackMonths, years).toLowerCase()}.`
      : "";
  const description = `${series
    .map((s) => `${nameOf(s)}: ${usd(s.oneOff)} at the start, ${usd(at(s, months))} after ${yearsText(years)}.`)
    .join(" ")} ${paybackWords}`.trim();
  const markRight = payback !== null && x(payback) > (x0 + x1) / 2;

  return (
    <ChartFigure
      id="plan-cumulative-chart"
      caption={`Cumulative cost over ${yearsText(years)}, month by month${stay ? ", against staying put" : ""}`}
      description={description}
      frame={FRAME}
      x={x}
      y={y}
      xTicks={xTicks.map((m) => ({ value: m, label: String(m) }))}
      yTicks={yTicks.map((t) => ({ value: t, label: usdShort(t) }))}
      xTitle="Months from the decision"
      after={
        <>
          <ul className={charts.legend} aria-label="Lines of the cumulative cost chart">
            {series.map((s) => (
              <KeyItem
                key={s.plan.entry.hypervisor}
                slot={s.slot}
                line={s.plan.today ? "dashed" : "solid"}
                name={nameOf(s)}
                tags={s.recommended && <span className={styles.todayTag}>recommended</span>}
                detail={`${usd(at(s, months))} after ${yearsText(years)}`}
              />
            ))}
          </ul>
          <YearTable series={series} years={years} />
        </>
      }
    >
      {payback !== null && (
        <g data-testid="plan-payback-mark">
          <line className={charts.paybackLine} x1={x(payback)} x2={x(payback)} y1={y0} y2={y1 - 8} />
          <text
            className={charts.paybackText}
            x={x(payback) + (markRight ? -4 : 4)}
            y={y1 - 12}
            textAnchor={markRight ? "end" : "start"}
          >
            {payback === 0 ? "Cheaper from the start" : `Pays back at month ${count(payback)}`}
          </text>
        </g>
      )}
      {[...series].reverse().map((s) => (
        <g key={s.plan.entry.hypervisor} className={charts.series} data-slot={s.slot}>
          <line
            className={charts.seriesLine}
            data-today={s.plan.today || undefined}
            x1={x(0)}
            y1={y(s.oneOff)}
            x2={x(months)}
            y2={y(at(s, months))}
          />
          <Marker slot={s.slot} cx={x(months)} cy={y(at(s, months))} />
        </g>
      ))}
      {payback !== null && chosen && (
        <circle className={charts.paybackDot} cx={x(payback)} cy={y(at(chosen, payback))} r={4.5} />
      )}
    </ChartFigure>
  );
}
