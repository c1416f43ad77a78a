// The parts both plan charts share: the figure with its caption, text alternative and axes, and what
// tells the options apart without relying on colour: each option keeps one slot in both charts (its
// colour in plan-charts.module.css, and a marker shape), the recommendation first.
import type { ReactNode } from "react";
import { plotArea, type Frame } from "@/lib/presentation/chart-scale";
import charts from "./plan-charts.module.css";

const SLOTS = 4;

/** Slot per family: the recommendation 0, staying put 1, then the rest in ranked order. */
export function seriesSlots(ranked: readonly string[], recommended: string | null, stay: string | null) {
  const order = [
    ...ranked.filter((h) => h === recommended),
    ...ranked.filter((h) => h === stay && h !== recommended),
    ...ranked.filter((h) => h !== recommended && h !== stay),
  ];
  return new Map(order.map((h, i) => [h, i % SLOTS]));
}

/** A circle, square, triangle or diamond centred on (cx, cy), by slot. */
export function Marker({ slot, cx, cy, size = 4.5 }: { slot: number; cx: number; cy: number; size?: number }) {
  const s = size;
  switch (slot % SLOTS) {
    case 0:
      return <circle className={charts.marker} cx={cx} cy={cy} r={s} />;
    case 1:
      return <rect className={charts.marker} x={cx - s} y={cy - s} width={2 * s} height={2 * s} />;
    case 2:
      return (
        <polygon
          className={charts.marker}
          points={`${cx},${cy - s - 1} ${cx + s + 1},${cy + s} ${cx - s - 1},${cy + s}`}
        />
      );
    default:
      return (
        <polygon
          className={charts.marker}
          points={`${cx},${cy - s - 1} ${cx + s + 1},${cy} ${cx},${cy + s + 1} ${cx - s - 1},${cy}`}
        />
      );
  }
}

type Tick = { value: number; label: string };

type FigureProps = {
  /** Prefix of the caption's and description's ids (one chart of each kind per page). */
  id: string;
  caption: ReactNode;
  /** Every figure of the chart in words: its accessible description. */
  description: string;
  frame: Frame;
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: Tick[];
  yTicks: Tick[];
  xTitle: string;
  yTitle?: string;
  /** The marks, drawn over the grid. */
  children: ReactNode;
  /** What follows the drawing: the key, the table. */
  after: ReactNode;
};

/** A chart as a figure: caption, an SVG (role img, described in words) with its grid and axes, then `after`. */
export function ChartFigure({
  id,
  caption,
  description,
  frame,
  x,
  y,
  xTicks,
  yTicks,
  xTitle,
  yTitle,
  children,
  after,
}: FigureProps) {
  const { x0, x1, y0, y1 } = plotArea(frame);
  return (
    <figure className={charts.figure} data-testid={id}>
      <figcaption className={charts.caption} id={`${id}-title`}>
        {caption}
      </figcaption>
      <svg
        className={charts.svg}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {yTicks.map((t) => (
          <g key={t.value}>
            <line className={charts.grid} x1={x0} x2={x1} y1={y(t.value)} y2={y(t.value)} />
            <text className={charts.tick} x={x0 - 6} y={y(t.value)} textAnchor="end" dominantBaseline="middle">
              {t.label}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t.value} className={charts.tick} x={x(t.value)} y={y0 + 15} textAnchor="middle">
            {t.label}
          </text>
        ))}
        <line className={charts.axis} x1={x0} x2={x1} y1={y0} y2={y0} />
        <text className={charts.axisTitle} x={(x0 + x1) / 2} y={frame.height - 6} textAnchor="middle">
          {xTitle}
        </text>
        {yTitle && (
          <text className={charts.axisTitle} x={-(y0 + y1) / 2} y={9} transform="rotate(-90)" textAnchor="middle">
            {yTitle}
          </text>
        )}
        {children}
      </svg>
      {after}
    </figure>
  );
}

type KeyProps = {
  slot: number;
  /** Draw a line through the marker (the cumulative chart), dashed for staying put. */
  line?: "solid" | "dashed";
  name: string;
  tags: ReactNode;
  detail: string;
};

/** One entry of a chart's key: the option's mark, its name, its tags and its figures in words. */
export function KeyItem({ slot, line, name, tags, detail }: KeyProps) {
  return (
    <li className={charts.series} data-slot={slot}>
      <svg className={charts.key} viewBox="0 0 28 12" aria-hidden="true">
        {line && (
          <line
            className={charts.seriesLine}
            data-today={line === "dashed" || undefined}
            x1={1}
            y1={6}
            x2={27}
            y2={6}
          />
        )}
        <Marker slot={slot} cx={14} cy={6} />
      </svg>
      <span>
        {name}
        {tags}
        <span className="muted"> · {detail}</span>
      </span>
    </li>
  );
}
