const bars = '▁▂▃▄▅▆▇█';

/** Values as bar characters scaled between their min and max. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  return values
    .map((v) => bars[span === 0 ? 0 : Math.min(bars.length - 1, Math.floor(((v - min) / span) * bars.length))] ?? '')
    .join('');
}
