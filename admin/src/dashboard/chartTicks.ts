/**
 * Evenly spaced axis ticks from `min` (0 by default, or below it) past `max`, at most `count`
 * steps of 1, 2 or 5 × 10ⁿ (0 / 20,000 / 40,000 / 60,000 rather than the chart library's own
 * picks, which may leave one out).
 */
export function evenTicks(max: number, count = 4, min = 0): number[] {
  const span = max - Math.min(min, 0);
  if (!(span > 0)) return [0];
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks = [Math.floor(Math.min(min, 0) / step) * step];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  // Sums of binary fractions (0.1 + 0.2): rounded to the step's own digits.
  return ticks.map((t) => Number(t.toPrecision(12)));
}
