// Scales and axis ticks for the plan's hand-drawn SVG charts (no chart library): a linear map from
// data to drawing units, and round tick values ("nice" steps of 1, 2, 2.5 or 5 × a power of ten).

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps everything to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Round tick values from at or below `min` to at or above `max`, about `count` steps apart. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const from = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let t = from; t < max + step - 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/** The drawing area inside a chart's margins. */
export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export const plotArea = (f: Frame) => ({
  x0: f.left,
  x1: f.width - f.right,
  y0: f.height - f.bottom,
  y1: f.top,
});
