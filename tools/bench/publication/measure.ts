/** Timing and memory of one piece of work: wall time, and the peak RSS growth while it ran. */
export interface Measured<T> {
  ms: number;
  peakRssGrowthMb: number;
  value: T;
}

export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ms, peakRssGrowthMb: (peak - base) / 1024 / 1024, value };
  } finally {
    clearInterval(timer);
  }
}

/** Median time of `runs` runs. */
export async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
