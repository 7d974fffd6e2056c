#!/usr/bin/env node
// Tool-session search and multi-execute, measured against a real Patchbay (a child process), on PGlite and PostgreSQL:
//   1. quality: natural-language tasks (written as a user would ask) over the built-in and curated catalog, each with
//      the tool(s) that do it: top-1 and top-5 hit rates of POST /tool_router/session/{id}/search
//   2. latency: search p50/p99 with ~100 tools in the catalog, then with ~10,000 (extra OpenAPI toolkits registered)
//   3. COMPOSIO_MULTI_EXECUTE_TOOL with 20 built-in calls, wall time against one call of the same tool
// Usage: npm run bench:search [-- --database pglite|postgres|both --rounds 5]   (builds first; loopback only)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: flags } = parseArgs({
  options: {
    database: { type: 'string', default: 'both' },
    rounds: { type: 'string', default: '5' },
    'quality-only': { type: 'boolean', default: false },
  },
});
const rounds = Number(flags.rounds);
const here = fileURLToPath(new URL('.', import.meta.url));
const serverMain = join(here, '../apps/server/dist/main.js');
const adminUrl = process.env.PATCHBAY_BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** [what a user asks, tools that do it] */
const tasks = [
  ['open an issue in a repository', ['GITHUB_CREATE_AN_ISSUE']],
  ['tell the team channel the deploy finished', ['SLACK_SEND_MESSAGE']],
  ["what's on my calendar tomorrow", ['GOOGLE_CALENDAR_LIST_EVENTS']],
  ['email my landlord that the rent is paid', ['GMAIL_SEND_MESSAGE']],
  ['remember that my locker code is 4312', ['NOTES_SET']],
  ['what did I jot down about the locker', ['NOTES_GET', 'NOTES_SEARCH']],
  ['download the page at example.com', ['HTTP_GET']],
  [
    'put lunch with Ana on my calendar friday at noon',
    ['GOOGLE_CALENDAR_CREATE_EVENT', 'GOOGLE_CALENDAR_QUICK_ADD_EVENT'],
  ],
  ['cancel my dentist appointment', ['GOOGLE_CALENDAR_DELETE_EVENT']],
  ['file a bug in linear about the login crash', ['LINEAR_CREATE_ISSUE']],
  ['which tickets are assigned to me', ['LINEAR_LIST_MY_ISSUES']],
  ['merge the pull request now that checks pass', ['GITHUB_MERGE_A_PULL_REQUEST']],
  ['show me the open pull requests on our app', ['GITHUB_LIST_PULL_REQUESTS']],
  ["leave a comment on github issue 42 saying it's fixed", ['GITHUB_CREATE_AN_ISSUE_COMMENT']],
  ['close that github issue', ['GITHUB_UPDATE_AN_ISSUE']],
  ['start a new branch for the hotfix', ['GITHUB_CREATE_A_REFERENCE']],
  ['find where parseConfig is defined in our code', ['GITHUB_SEARCH_CODE']],
  ['read the README file of the repo', ['GITHUB_GET_REPOSITORY_CONTENT']],
  ['check my inbox for mail from the bank', ['GMAIL_LIST_MESSAGES', 'GMAIL_LIST_THREADS']],
  ['mark the newsletter email as read', ['GMAIL_MODIFY_MESSAGE_LABELS']],
  ['throw that spam email in the trash', ['GMAIL_TRASH_MESSAGE']],
  ["write a reply to my boss but don't send it yet", ['GMAIL_CREATE_DRAFT']],
  ['when are my colleagues free for a meeting on thursday', ['GOOGLE_CALENDAR_QUERY_FREE_BUSY']],
  ['move the standup meeting to 10am', ['GOOGLE_CALENDAR_UPDATE_EVENT']],
  ['send Sam a direct message on slack', ['SLACK_OPEN_DIRECT_MESSAGE', 'SLACK_SEND_MESSAGE']],
  ['react with a thumbs up to the announcement', ['SLACK_ADD_REACTION']],
  ['remind the channel about the retro next monday', ['SLACK_SCHEDULE_MESSAGE']],
  ['what has been said in the ops channel today', ['SLACK_GET_CONVERSATION_HISTORY']],
  ['find the slack message where Ana mentioned the invoice', ['SLACK_SEARCH_MESSAGES']],
  ['look up a coworker on slack by their email address', ['SLACK_FIND_USER_BY_EMAIL']],
  ['add a page to our notion wiki with the meeting notes', ['NOTION_CREATE_A_PAGE']],
  ['find the onboarding doc in notion', ['NOTION_SEARCH']],
  ['list the rows of the roadmap database where status is done', ['NOTION_QUERY_A_DATABASE']],
  ['add a paragraph at the end of the notion page', ['NOTION_APPEND_BLOCK_CHILDREN']],
  ['save this text to a file called report.txt', ['FILES_WRITE']],
  ['what files do I have', ['FILES_LIST']],
  ['rename draft.txt to final.txt', ['FILES_MOVE']],
  ["show me what's in the file todo.md", ['FILES_READ']],
  ['post some json to a webhook url', ['HTTP_REQUEST']],
  ['forget the note about the wifi password', ['NOTES_DELETE']],
  ["what's the id of the engineering team in linear", ['LINEAR_LIST_TEAMS']],
  ['move ticket ENG-12 to in progress', ['LINEAR_UPDATE_ISSUE']],
  ['which labels do I have in gmail', ['GMAIL_LIST_LABELS']],
  ['who am I logged in as on github', ['GITHUB_GET_THE_AUTHENTICATED_USER']],
  ['list my github repos', ['GITHUB_LIST_REPOSITORIES_FOR_THE_AUTHENTICATED_USER']],
  ['search my notes for anything about taxes', ['NOTES_SEARCH']],
];

const children = [];
function start(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let seen = '';
    const watch = (chunk) => {
      seen += chunk;
      const match = /listening on (\S+)/.exec(seen);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${seen.slice(-3000)}`)));
  });
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (n) => `${n.toFixed(1)} ms`;

function api(base, key) {
  return async (method, path, body) => {
    const res = await fetch(`${base}/api/v3.1${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

const verbs = ['list', 'get', 'create', 'update', 'delete', 'archive', 'export', 'import', 'sync', 'approve'];
const nouns = [
  'invoice',
  'shipment',
  'customer',
  'warehouse',
  'coupon',
  'payroll',
  'sensor',
  'playlist',
  'recipe',
  'flight',
  'lease',
  'vaccine',
];

/** An OpenAPI document of `count` operations whose names and summaries mix business words, like a real API's. */
function syntheticSpec(k, count) {
  const paths = {};
  for (let j = 0; j < count; j++) {
    const verb = verbs[(j + k) % verbs.length];
    const noun = nouns[(j * 7 + k) % nouns.length];
    paths[`/r${j}`] = {
      get: {
        operationId: `${verb}_${noun}_${k}_${j}`,
        summary: `${verb} a ${noun} record of region ${k}`,
        description: `The ${noun} API of vendor ${k}: ${verb} one ${noun} by id, with its history and owner.`,
        parameters: [{ name: `${noun}_id`, in: 'query', schema: { type: 'string' } }],
        responses: { 200: { description: 'ok' } },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: `Vendor ${k}`, version: '1.0.0' }, paths };
}

/** Search latency, and beside it (interleaved, same load) a GET of the session: the cost of any request to it. */
async function timeSearches(call, session, count) {
  const times = [];
  const base = [];
  for (let r = 0; r < count; r++) {
    for (const [task] of tasks) {
      let t0 = performance.now();
      await call('POST', `/tool_router/session/${session}/search`, { queries: [{ use_case: task }] });
      times.push(performance.now() - t0);
      t0 = performance.now();
      await call('GET', `/tool_router/session/${session}`);
      base.push(performance.now() - t0);
    }
  }
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length, base: quantile(base, 0.5) };
}

async function run(database) {
  const dataDir = await mkdtemp(join(tmpdir(), 'patchbay-bench-search-'));
  const env = { PATCHBAY_LOG_LEVEL: 'warn' };
  if (database === 'postgres') {
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS patchbay_bench_search');
    await admin.query('CREATE DATABASE patchbay_bench_search');
    await admin.end();
    env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, '/patchbay_bench_search');
  }
  const base = await start([serverMain, '--port', '0', '--data-dir', dataDir], env);
  const key = (await readFile(join(dataDir, 'api-key'), 'utf8')).trim();
  const call = api(base, key);
  const session = (await call('POST', '/tool_router/session', { user_id: 'bench' })).session_id;
  const catalogSize = async () => (await call('GET', '/tools?limit=1')).total_items;

  // 1. Quality.
  let top1 = 0;
  let top5 = 0;
  const misses = [];
  for (const [task, expected] of tasks) {
    const answer = await call('POST', `/tool_router/session/${session}/search`, { queries: [{ use_case: task }] });
    const hits = [...answer.results[0].primary_tool_slugs, ...answer.results[0].related_tool_slugs];
    if (expected.includes(hits[0])) top1++;
    else if (flags['quality-only']) console.log(`top-1 miss: ${task} → ${hits.slice(0, 3).join(', ')}`);
    if (hits.slice(0, 5).some((h) => expected.includes(h))) top5++;
    else misses.push(`${task} → ${hits.slice(0, 3).join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
  }
  const small = await catalogSize();
  if (flags['quality-only']) {
    for (const child of children.splice(0)) child.kill();
    console.log(`top-1 ${top1}/${tasks.length}, top-5 ${top5}/${tasks.length}\n${misses.join('\n')}`);
    process.exit(0);
  }
  const latencySmall = await timeSearches(call, session, rounds);

  // 2. Latency at ~10,000 tools.
  const perToolkit = 100;
  const extra = Math.ceil((10_000 - small) / perToolkit);
  for (let k = 0; k < extra; k++) {
    await call('POST', '/toolkits', {
      slug: `vendor_${k}`,
      name: `Vendor ${k}`,
      description: `Synthetic API ${k}`,
      openapi: { spec: syntheticSpec(k, perToolkit), base_url: 'http://127.0.0.1:9' },
    });
  }
  const large = await catalogSize();
  const t0 = performance.now();
  await call('POST', `/tool_router/session/${session}/search`, { queries: [{ use_case: 'warm the index' }] });
  const indexMs = performance.now() - t0;
  const latencyLarge = await timeSearches(call, session, rounds);

  // 3. Multi-execute of 20 built-in calls against one.
  await call('POST', `/tool_router/session/${session}/execute`, {
    tool_slug: 'NOTES_SET',
    arguments: { key: 'bench', value: 'a note to read' },
  });
  const one = { tool_slug: 'NOTES_GET', arguments: { key: 'bench' } };
  const single = [];
  const twenty = [];
  for (let r = 0; r < 10; r++) {
    let s = performance.now();
    await call('POST', `/tool_router/session/${session}/execute`, one);
    single.push(performance.now() - s);
    s = performance.now();
    const out = await call('POST', `/tool_router/session/${session}/execute_meta`, {
      slug: 'COMPOSIO_MULTI_EXECUTE_TOOL',
      arguments: { tools: Array.from({ length: 20 }, () => one) },
    });
    twenty.push(performance.now() - s);
    if (out.data.success_count !== 20) throw new Error(`multi-execute: ${JSON.stringify(out).slice(0, 300)}`);
  }
  for (const child of children.splice(0)) child.kill();
  await rm(dataDir, { recursive: true, force: true });
  return {
    database,
    small,
    large,
    top1,
    top5,
    misses,
    latencySmall,
    latencyLarge,
    indexMs,
    single: quantile(single, 0.5),
    twenty: quantile(twenty, 0.5),
  };
}

async function main() {
  const kinds = flags.database === 'both' ? ['pglite', 'postgres'] : [flags.database];
  for (const kind of kinds) {
    process.stderr.write(`tool-session search bench on ${kind}…\n`);
    const r = await run(kind);
    const pct = (n) => `${((100 * n) / tasks.length).toFixed(1)}%`;
    console.log(`\n== ${kind} ==`);
    console.log(
      `quality over ${tasks.length} tasks (${r.small} tools): top-1 ${pct(r.top1)}, top-5 ${pct(r.top5)}  (targets 75% / 95%)`,
    );
    for (const miss of r.misses) console.log(`  top-5 miss: ${miss}`);
    const line = (n, l) =>
      `search latency, ${n} tools: p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  (${l.n} searches; a GET of the session: ` +
      `p50 ${ms(l.base)}, so search itself ≈ ${ms(Math.max(0, l.p50 - l.base))})`;
    console.log(line(r.small, r.latencySmall));
    console.log(`${line(r.large, r.latencyLarge)}\n  (the first search indexed the new tools in ${ms(r.indexMs)})`);
    console.log(
      `load average while measuring: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} on ${os.cpus().length} cores`,
    );
    console.log(
      `multi-execute: 20 NOTES_GET ${ms(r.twenty)} vs one ${ms(r.single)}: ${(r.twenty / r.single).toFixed(2)}x  (target ≤ 2x)`,
    );
  }
}

main().catch((error) => {
  for (const child of children) child.kill();
  console.error(error);
  process.exit(1);
});
