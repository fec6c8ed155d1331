/** Which fields of a report a file would change: "overview", "programs[2].actual", "kpis". */
import { comparableContent, type ReportContent } from "../content/report-content";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedFields(before: ReportContent, after: ReportContent): string[] {
  const a = comparableContent(before) as Record<string, unknown>;
  const b = comparableContent(after) as Record<string, unknown>;
  const changed: string[] = [];
  for (const key of Object.keys(b)) {
    const [x, y] = [a[key], b[key]];
    if (same(x, y)) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
      y.forEach((item: Record<string, unknown>, i) => {
        const old = x[i] as Record<string, unknown>;
        for (const field of Object.keys(item)) {
          if (!same(old[field], item[field])) changed.push(`${key}[${i + 1}].${field}`);
        }
      });
    } else changed.push(key);
  }
  return changed;
}
