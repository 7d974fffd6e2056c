/**
 * Maps `items` through `run` with at most `limit` running at once; the answers keep the input order whatever order
 * the runs finish in.
 */
export async function runPool<T, U>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<U>,
): Promise<U[]> {
  const out: U[] = new Array(items.length);
  // One iterator shared by the workers: each takes the next item as it frees up.
  const queue = items.entries();
  const worker = async () => {
    for (const [index, item] of queue) out[index] = await run(item, index);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
