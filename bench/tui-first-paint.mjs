// Benchmark of the terminal UI with 10,000 MCP servers in the project: time to the first paint of the servers screen
// after the server answers, frame times while scrolling and while the live log takes 100 calls/s, key-to-screen
// latency under that load, and the UI process's RSS. Loopback only; every loop is bounded in count and time.
//
// Two parts:
// 1. In this process: the UI's own controller and components (apps/tui/dist) rendered by Ink into an in-memory
//    terminal, against a real server (PGlite in memory) seeded with generate_series. A fetch wrapper times the
//    server's answer, so "first paint" is measured from the moment the first page arrived.
// 2. The built `patchbay` binary in tmux (a real terminal): RSS after the first paint and after scrolling through
//    2,000 rows (pages fetched lazily), key-to-screen latency on the live log while 100 calls/s arrive, and each
//    frame's render time (PATCHBAY_TUI_METRICS). Skipped with a message when tmux is missing.
//
// Part 2 runs twice: the `patchbay` binary as installed (by its #! line, with the node flags it sets) and, as the
// baseline, plain `node dist/cli.js` (V8's default heap sizing), so the RSS ratio comes from one run.
//
// Run: `npm run bench:tui` after a build (`npx pnpm@10.34.8 build`). Env: PATCHBAY_BENCH_ROWS (default 10000),
// PATCHBAY_BENCH_CLI (another cli.js, e.g. the packed bundle).
// Targets (issue 12): first paint ≤ 300 ms after the server answers; RSS ≤ 120 MB; no frame over 50 ms.
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tuiDir = fileURLToPath(new URL('../apps/tui/', import.meta.url));
const serverDir = fileURLToPath(new URL('../apps/server/', import.meta.url));
const rows = Number(process.env.PATCHBAY_BENCH_ROWS ?? 10_000);
const cli = process.env.PATCHBAY_BENCH_CLI ?? join(tuiDir, 'dist/cli.js');

const { startServer, createLogger } = await import(join(serverDir, 'dist/index.js'));
const { Controller } = await import(join(tuiDir, 'dist/ui/controller.js'));
const { App } = await import(join(tuiDir, 'dist/ui/components/app.js'));
const { sessionFor } = await import(join(tuiDir, 'dist/ui/session.js'));
const { fixedTerminal } = await import(join(tuiDir, 'dist/ui/terminal.js'));
// The UI's own entry runs React's production build; so does this process.
process.env.NODE_ENV ??= 'production';
const { render } = await import(join(tuiDir, 'node_modules/ink/build/index.js'));
const React = await import(join(tuiDir, 'node_modules/react/index.js'));
const { Patchbay } = await import(join(tuiDir, 'node_modules/@patchbay/sdk/dist/index.js'));

const ms = (n) => `${n.toFixed(1)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));
async function until(check, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline)
      throw new Error(`timed out waiting for ${what}${until.show ? `:\n${until.show()}` : ''}`);
    await sleep(2);
  }
}

// --- The server, seeded -------------------------------------------------------------------------------------------
const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-bench-tui-'));
const running = await startServer({ dataDir, port: 0, database: { kind: 'memory' }, logger: createLogger('silent') });
const [project] = await running.database.query('SELECT id FROM projects LIMIT 1');
await running.database.exec(`
INSERT INTO mcp_servers (id, project_id, name, toolkits, auth_config_ids, allowed_tools, created_at, updated_at)
  SELECT gen_random_uuid(), '${project.id}', 'Server ' || lpad(g::text, 6, '0'), ARRAY['notes'], '{}', '{}',
    now() - make_interval(secs => g), now() - make_interval(secs => g)
  FROM generate_series(1, ${rows}) g;`);
const sdk = new Patchbay({ apiKey: running.apiKey, baseURL: running.url, retry: { retries: 0 } });
const bench = await sdk.mcp.create('Bench calls', { toolkits: ['notes'] });
console.log(`Patchbay TUI benchmark: ${rows} servers, server at ${running.url}, Node ${process.version}`);

// --- Part 1: in process ------------------------------------------------------------------------------------------
class Screen extends EventEmitter {
  columns = 120;
  rows = 40;
  isTTY = true;
  last = '';
  write = (frame) => {
    this.last = frame;
    this.emit('frame');
    return true;
  };
}
class Keys extends EventEmitter {
  isTTY = true;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    return null;
  }
}

async function inProcess() {
  const frames = [];
  let answeredAt;
  const timed = async (request) => {
    const response = await globalThis.fetch(request);
    const url = new URL(request.url);
    // The first page (limit=50), not the one-row count asked for beside it.
    if (answeredAt === undefined && url.pathname.endsWith('/mcp/servers') && url.searchParams.get('limit') === '50') {
      await response.clone().arrayBuffer();
      answeredAt = performance.now();
    }
    return response;
  };
  const stdout = new Screen();
  const controller = new Controller({
    connect: async () => sessionFor(running.url, running.apiKey, timed),
    terminal: fixedTerminal({ columns: stdout.columns, rows: stdout.rows }),
    url: running.url,
    refreshMs: 0,
  });
  const instance = render(React.createElement(App, { controller }), {
    stdout,
    stdin: new Keys(),
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
    onRender: ({ renderTime }) => frames.push(renderTime),
  });
  controller.start();
  const painted = await until(
    () => (/Servers \(50 of \d+\)/.test(stdout.last) ? performance.now() : undefined),
    30_000,
    'the first page',
  );
  const firstPaint = painted - answeredAt;
  const paintFrames = frames.length;

  // Scroll through 2,000 rows: pages arrive as the cursor nears the end of what is fetched.
  for (let i = 0; i < 2000; i++) {
    controller.press({ input: 'j' });
    if (i % 40 === 0) await sleep(0);
    const list = controller.getState().stack[0].list;
    if (list.items.length - list.cursor < 5) {
      await until(() => controller.getState().stack[0].list.items.length - list.cursor >= 5, 10_000, 'the next page');
    }
  }
  await until(() => stdout.last.includes('Server 002001'), 10_000, 'row 2001 on screen');
  const scrollFrames = frames.slice(paintFrames);
  controller.stop();
  instance.unmount();
  return { firstPaint, scrollFrames };
}

const first = await inProcess();
console.log('\nIn process (Ink into an in-memory 120×40 terminal):');
console.log(`  first paint of the servers screen after the server answered: ${ms(first.firstPaint)} (target ≤ 300 ms)`);
console.log(
  `  frames while scrolling 2,000 rows: ${first.scrollFrames.length}, p50 ${ms(percentile(first.scrollFrames, 50))}, ` +
    `p99 ${ms(percentile(first.scrollFrames, 99))}, max ${ms(Math.max(...first.scrollFrames))} (target ≤ 50 ms)`,
);

// --- Part 2: the real binary in tmux -----------------------------------------------------------------------------
function hasTmux() {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `launch` is how the pane starts the UI: the file itself (its #! line) or `node <file>`. */
async function inTmux(launch) {
  const socket = `patchbay-bench-${process.pid}`;
  const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const metrics = join(dataDir, `frames-${performance.now()}.txt`);
  const home = join(dataDir, 'home');
  const env = `HOME=${home} PATCHBAY_BASE_URL=${running.url} PATCHBAY_API_KEY=${running.apiKey} PATCHBAY_TUI_METRICS=${metrics}`;
  const screen = () => tmux('capture-pane', '-p', '-t', 'b');
  const rss = () => {
    const shell = tmux('display-message', '-p', '-t', 'b', '#{pane_pid}').trim();
    const pid = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim().split(/\s+/)[0];
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', pid], { encoding: 'utf8' }).trim());
  };
  until.show = screen;
  const started = performance.now();
  tmux('new-session', '-d', '-s', 'b', '-x', '120', '-y', '40', `env -u CI ${env} ${launch}; sleep 600`);
  try {
    await until(() => /Servers \(50 of \d+\)/.test(screen()), 30_000, 'the first paint in tmux');
    const launchToPaint = performance.now() - started;
    await sleep(500);
    const rssPainted = rss();
    // 2,000 presses in batches; keys faster than pages arrive stop at the last row fetched (as for a person holding
    // j), so the cursor is then steered by the row numbers on screen until row 2001 shows.
    for (let batch = 0; batch < 80; batch++) {
      tmux('send-keys', '-t', 'b', '-N', '25', 'j');
      await sleep(30);
    }
    for (let step = 0; step < 100 && !screen().includes('Server 002001'); step++) {
      const shown = [...screen().matchAll(/Server (\d{6})/g)].map((m) => Number(m[1]));
      const low = Math.min(...shown);
      const high = Math.max(...shown);
      if (high < 2001) tmux('send-keys', '-t', 'b', '-N', String(Math.min(200, 2001 - high + 5)), 'j');
      else if (low > 2001) tmux('send-keys', '-t', 'b', '-N', String(Math.min(200, low - 2001 + 5)), 'k');
      await sleep(100);
    }
    await until(() => screen().includes('Server 002001'), 30_000, 'row 2001 in tmux');
    await sleep(500);
    const rssScrolled = rss();
    // G: every page fetched to the real last row (all the servers held), then g back to the top.
    const bottomStarted = performance.now();
    tmux('send-keys', '-t', 'b', 'G');
    await until(() => /Servers \((\d+) of \1\)/.test(screen()) && screen().includes('Server 010000'), 120_000, 'G');
    const toBottom = performance.now() - bottomStarted;
    const rssBottom = rss();
    tmux('send-keys', '-t', 'b', 'g');

    // Idle (after G, back at the top), V8's memory reducer collects and gives pages back: what stays is what is held.
    await sleep(12_000);
    const rssSettled = rss();

    // The live log, receiving 100 calls/s for the rest of the run (bounded: at most 15 s).
    tmux('send-keys', '-t', 'b', ':');
    tmux('send-keys', '-t', 'b', '-l', 'calls');
    tmux('send-keys', '-t', 'b', 'Enter');
    await until(() => screen().includes('follow: on'), 10_000, 'the calls screen');
    const client = await sdk.mcp.connect(await sdk.mcp.generate('bench', bench.id));
    const stopAt = performance.now() + 15_000;
    let made = 0;
    const load = (async () => {
      while (performance.now() < stopAt && made < 1500) {
        const tick = performance.now();
        await Promise.all(Array.from({ length: 10 }, () => client.callTool({ name: 'NOTES_LIST', arguments: {} })));
        made += 10;
        await sleep(Math.max(0, 100 - (performance.now() - tick)));
      }
    })();
    await sleep(2000);
    const framesBefore = (await readFile(metrics, 'utf8')).trim().split('\n').length;
    const latencies = [];
    for (let i = 0; i < 20 && performance.now() < stopAt - 1000; i++) {
      const want = i % 2 === 0 ? 'follow: off' : 'follow: on';
      const t0 = performance.now();
      tmux('send-keys', '-t', 'b', 'f');
      await until(() => screen().includes(want), 5_000, want);
      latencies.push(performance.now() - t0);
      await sleep(100);
    }
    await load;
    await client.close();
    const allFrames = (await readFile(metrics, 'utf8')).trim().split('\n').map(Number);
    const underLoad = allFrames.slice(framesBefore);
    const rssLoaded = rss();
    tmux('send-keys', '-t', 'b', 'q');
    return {
      launchToPaint,
      rssPainted,
      rssScrolled,
      rssSettled,
      rssLoaded,
      toBottom,
      rssBottom,
      latencies,
      allFrames,
      underLoad,
      made,
    };
  } finally {
    try {
      tmux('kill-server');
    } catch {}
  }
}

function report(title, t) {
  console.log(`\n${title} in tmux (120×40):`);
  console.log(`  launch to first paint (Node start-up included): ${ms(t.launchToPaint)}`);
  console.log(
    `  RSS after the first paint: ${mb(t.rssPainted)}; after scrolling 2,000 rows: ${mb(t.rssScrolled)}, ` +
      `after the live log took ${t.made} calls: ${mb(t.rssLoaded)} (target ≤ 120 MB)`,
  );
  console.log(
    `  G to the last of ${rows} servers (every page fetched, all rows held): ${ms(t.toBottom)}, RSS then ` +
      `${mb(t.rssBottom)}, 12 s later (g, idle): ${mb(t.rssSettled)}`,
  );
  console.log(
    `  key-to-screen on the live log at ~100 calls/s (${t.latencies.length} presses, capture-pane polling): ` +
      `p50 ${ms(percentile(t.latencies, 50))}, max ${ms(Math.max(...t.latencies))}`,
  );
  console.log(
    `  frame render times: all ${t.allFrames.length} frames max ${ms(Math.max(...t.allFrames))}; under load ` +
      `${t.underLoad.length} frames, p99 ${ms(percentile(t.underLoad, 99))}, max ${ms(Math.max(...t.underLoad))} (target ≤ 50 ms)`,
  );
}

// Peak of paging as a person does (first paint, scrolling, the live log); G, which holds every row, is apart.
const peak = (t) => Math.max(t.rssPainted, t.rssScrolled, t.rssLoaded);

if (hasTmux()) {
  const shebang = (await readFile(cli, 'utf8')).split('\n')[0];
  const own = await inTmux(cli);
  report(`The \`patchbay\` binary as installed (${shebang})`, own);
  const plain = await inTmux(`${process.execPath} ${cli}`);
  report('Baseline: plain `node dist/cli.js`', plain);
  console.log(
    `\nPeak RSS: patchbay ${mb(peak(own))} vs plain node ${mb(peak(plain))} ` +
      `(ratio ${(peak(own) / peak(plain)).toFixed(2)}; target ≤ 120 MB: ${peak(own) <= 120 * 1024 ? 'met' : 'NOT met'}); ` +
      `with all ${rows} rows held after G: ${mb(own.rssBottom)} vs ${mb(plain.rssBottom)}`,
  );
} else {
  console.log(
    '\ntmux is not installed: the real-terminal part (RSS, key-to-screen latency) was skipped. apt-get install tmux.',
  );
}

await running.close();
await rm(dataDir, { recursive: true, force: true });
