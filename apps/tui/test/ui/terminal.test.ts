// The alternate screen is left and the cursor shown on every way out: a crash, SIGTERM, a normal exit. Each case is
// a real child process (the signal and exception handlers are process-wide).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { altScreenOff, altScreenOn, cursorHide, cursorShow, osc52 } from '../../src/ui/terminal.js';

const terminal = fileURLToPath(new URL('../../dist/ui/terminal.js', import.meta.url));

function run(body: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `import { enterFullScreen } from ${JSON.stringify(terminal)};\nenterFullScreen();\n${body}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready')) child.emit('ready');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('ready', () => child.kill('SIGTERM'));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const restored = (stdout: string) => {
  expect(stdout.startsWith(`${altScreenOn}${cursorHide}`)).toBe(true);
  expect(stdout.endsWith(`${cursorShow}${altScreenOff}`)).toBe(true);
};

describe('the full screen', () => {
  it('is restored after a crash, with the error on stderr and exit 1', async () => {
    const result = await run("setTimeout(() => { throw new Error('boom'); }, 10);");
    restored(result.stdout);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the terminal UI crashed');
    expect(result.stderr).toContain('boom');
  });

  it('is restored on SIGTERM (exit 143) and on a plain exit', async () => {
    const term = await run("process.stdout.write('ready'); setInterval(() => {}, 1000);");
    restored(term.stdout);
    expect(term.code).toBe(143);
    const plain = await run('process.exitCode = 0;');
    restored(plain.stdout);
    expect(plain.code).toBe(0);
  });

  it('writes OSC 52 for the terminal’s clipboard', () => {
    expect(osc52('hi')).toBe('\x1b]52;c;aGk=\x07');
  });
});
