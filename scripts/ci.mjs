#!/usr/bin/env node
// Runs every check of the monorepo through turbo (generated-types drift, lint, typecheck, tests), streams the
// output, and ends with one summary line of all test counts: vitest prints a total per package, not per repo.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const tasks = ['generate:check', 'lint', 'lint:root', 'typecheck', 'test'];
const args = ['run', ...tasks, '--continue', '--concurrency=2', ...process.argv.slice(2)];
const started = Date.now();
const child = spawn('turbo', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });

const counts = new Map();

function read(line) {
  const plain = stripVTControlCharacters(line);
  // e.g. "@patchbay/core:test:       Tests  1 failed | 63 passed | 2 skipped (66)"
  const tests = /^(\S+?):test:\s+Tests\s+(.+)\(\d+\)\s*$/.exec(plain);
  if (tests?.[1] && tests[2]) {
    const row = { passed: 0, failed: 0, skipped: 0 };
    for (const part of tests[2].split('|')) {
      const m = /(\d+)\s+(passed|failed|skipped|todo)/.exec(part);
      if (!m?.[1] || !m[2]) continue;
      const key = m[2] === 'todo' ? 'skipped' : m[2];
      row[key] += Number(m[1]);
    }
    counts.set(tests[1], row);
  }
}

function pipe(stream, out) {
  let rest = '';
  stream.on('data', (chunk) => {
    out.write(chunk);
    const text = rest + chunk.toString('utf8');
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) read(line);
  });
  stream.on('end', () => rest && read(rest));
}
pipe(child.stdout, process.stdout);
pipe(child.stderr, process.stderr);

child.on('close', (code) => {
  const total = { passed: 0, failed: 0, skipped: 0 };
  process.stdout.write('\nTest summary\n');
  for (const [pkg, row] of [...counts].sort()) {
    process.stdout.write(
      `  ${pkg.padEnd(22)} ${String(row.passed).padStart(5)} passed  ${row.failed} failed  ${row.skipped} skipped\n`,
    );
    for (const k of Object.keys(total)) total[k] += row[k];
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(`  (${seconds} s)\n`);
  process.stdout.write(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
  if (code !== 0) process.stdout.write('Some checks failed: scroll up for the first error of each failed task.\n');
  else if (total.passed === 0) process.stdout.write('No test ran: that is a failure.\n');
  process.exit(code !== 0 ? (code ?? 1) : total.passed === 0 ? 1 : 0);
});
