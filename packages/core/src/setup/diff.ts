/**
 * A unified diff of two texts, for dry runs. Config edits touch one region, so the common head and tail are
 * trimmed first and only the middle is compared line by line (LCS), which keeps big files like ~/.claude.json fast.
 */
type Op = { kind: ' ' | '-' | '+'; line: string };

const maxMiddleCells = 4_000_000;

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function middleOps(a: string[], b: string[]): Op[] {
  if (a.length * b.length > maxMiddleCells) {
    return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left !== undefined && right !== undefined && left === right) {
      ops.push({ kind: ' ', line: left });
      i++;
      j++;
    } else if (
      right === undefined ||
      (left !== undefined && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
    ) {
      ops.push({ kind: '-', line: left ?? '' });
      i++;
    } else {
      ops.push({ kind: '+', line: right });
      j++;
    }
  }
  return ops;
}

function diffOps(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (lines: string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  return [
    ...same(a.slice(0, head)),
    ...middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...same(a.slice(a.length - tail)),
  ];
}

export interface DiffOptions {
  /** Labels for the `---`/`+++` lines. */
  fromLabel: string;
  toLabel: string;
  context?: number | undefined;
  /** Applied to every printed line, e.g. to mask secrets. */
  redact?: ((line: string) => string) | undefined;
}

/** Returns '' when the texts have the same lines. `before` undefined means the file does not exist yet. */
export function unifiedDiff(before: string | undefined, after: string, options: DiffOptions): string {
  const ops = diffOps(splitLines(before ?? ''), splitLines(after));
  if (ops.every((op) => op.kind === ' ')) return '';
  const context = options.context ?? 3;
  const redact = options.redact ?? ((line: string) => line);
  const out = [`--- ${before === undefined ? '/dev/null' : options.fromLabel}`, `+++ ${options.toLabel}`];
  let index = 0;
  while (index < ops.length) {
    const firstChange = ops.findIndex((op, k) => k >= index && op.kind !== ' ');
    if (firstChange < 0) break;
    const start = Math.max(index, firstChange - context);
    // Extend the hunk while the next change is within 2*context lines of the last one.
    let end = firstChange;
    for (let k = firstChange; k < ops.length; k++) {
      if (ops[k]?.kind !== ' ') end = k;
      else if (k - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    let oldLine = 1;
    let newLine = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k]?.kind !== '+') oldLine++;
      if (ops[k]?.kind !== '-') newLine++;
    }
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(
      `@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`,
    );
    for (const op of hunk) out.push(`${op.kind}${redact(op.line)}`);
    index = stop;
  }
  return `${out.join('\n')}\n`;
}

const secretKey = /key|token|secret|password|passwd|authorization|cookie|credential/i;

/**
 * Masks values a dry run should not print: the given secrets anywhere, and the string value of any JSON property
 * whose name looks secret (other servers' tokens can appear in context lines).
 */
export function secretRedactor(secrets: string[]): (line: string) => string {
  const known = secrets.filter((s) => s.length > 0).sort((x, y) => y.length - x.length);
  return (line) => {
    let out = line;
    for (const secret of known) out = out.split(secret).join(mask(secret));
    return out.replace(
      /("([^"\\]*)"\s*:\s*")((?:[^"\\]|\\.)*)(")/g,
      (whole, open: string, name: string, value: string, close: string) =>
        secretKey.test(name) && !value.includes('${') && !value.includes('****')
          ? `${open}${mask(value)}${close}`
          : whole,
    );
  };
}

function mask(value: string): string {
  return value.length >= 16 ? `${value.slice(0, 4)}****` : '****';
}
