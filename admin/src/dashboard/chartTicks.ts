/**
 * Evenly spaced axis ticks from 0 past `max`, at most `count` steps of 1, 2 or 5 × 10ⁿ
 * (0 / 20,000 / 40,000 / 60,000 rather than the chart library's own picks).
 */
export function evenTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}
