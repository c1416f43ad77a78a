// Where to put each point's label in a small scatter chart so that no label covers another point or
// another label and none leaves the drawing: a greedy choice among eight places around each point.

export type Box = { left: number; top: number; width: number; height: number };
type Point = { x: number; y: number; width: number; height: number };

/** Distance kept between a point and its label. */
const GAP = 8;
/** A marker's half-size plus a little air. */
const MARK = 6;

function candidates({ x, y, width: w, height: h }: Point): Box[] {
  const at = (left: number, top: number) => ({ left, top, width: w, height: h });
  return [
    at(x + GAP, y - h / 2),
    at(x - GAP - w, y - h / 2),
    at(x + GAP / 2, y - GAP / 2 - h),
    at(x + GAP / 2, y + GAP / 2),
    at(x - GAP / 2 - w, y - GAP / 2 - h),
    at(x - GAP / 2 - w, y + GAP / 2),
    at(x - w / 2, y - GAP - h),
    at(x - w / 2, y + GAP),
  ];
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

const markBox = (p: Point): Box => ({ left: p.x - MARK, top: p.y - MARK, width: 2 * MARK, height: 2 * MARK });

/**
 * One box per point, in the points' order (earlier points choose first). `bounds` is the area labels
 * must stay in; a place that covers a point or a placed label costs more than one further round.
 */
export function placeLabels(points: readonly Point[], bounds: Box): Box[] {
  const placed: Box[] = [];
  for (const [i, point] of points.entries()) {
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const [rank, box] of candidates(point).entries()) {
      const inside =
        box.left >= bounds.left &&
        box.top >= bounds.top &&
        box.left + box.width <= bounds.left + bounds.width &&
        box.top + box.height <= bounds.top + bounds.height;
      const cost =
        (inside ? 0 : 1000) +
        100 * points.filter((q, j) => j !== i && overlaps(box, markBox(q))).length +
        100 * placed.filter((b) => overlaps(box, b)).length +
        rank;
      if (cost < bestCost) [best, bestCost] = [box, cost];
    }
    placed.push(best!);
  }
  return placed;
}
