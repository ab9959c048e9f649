/** The value below which `q` of the sorted values lie, interpolated. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** "412 ms (IQR 398–430)" */
export function medianWithIqr(values: number[], unit = 'ms', digits = 0): string {
  const f = (value: number) => value.toFixed(digits);
  return `${f(quantile(values, 0.5))} ${unit} (IQR ${f(quantile(values, 0.25))}–${f(quantile(values, 0.75))})`;
}

/** Total length of the union of intervals: time spent waiting on at least one of them. */
export function unionLength(intervals: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
