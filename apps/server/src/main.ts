#!/usr/bin/env node
import { join } from 'node:path';
import { banner } from './boot/banner.js';
import { helpText } from './boot/cli-help.js';
import { ConfigError, loadConfig } from './boot/config.js';
import { privateUmask } from './boot/data-dir.js';
import { mintCommandName, runMintCommand } from './boot/mint-key-command.js';
import { openEmbeddedDatabase } from './boot/open-database.js';
import { rotateCommandName, runRotateCommand } from './boot/rotate-command.js';
import type { Database } from './db/database.js';
import { startTracing } from './tracing/setup.js';
import { humanLogStream } from './util/log-lines.js';
import { createLogger } from './util/logger.js';

process.umask(privateUmask);
const args = process.argv.slice(2);
if (args[0] === '--help' || args[0] === '-h') {
  process.stdout.write(helpText);
  process.exit(0);
}
if (args[0] === mintCommandName) {
  process.exit(await runMintCommand(args.slice(1), process.env, (text) => process.stdout.write(text)));
}
if (args[0] === rotateCommandName) {
  process.exit(await runRotateCommand(args.slice(1), process.env, (text) => process.stdout.write(text)));
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

// The embedded database starts on its own thread while this one loads the rest of the server: each is about half of
// the time to ready. Marked handled here; a failure surfaces where it is awaited, below.
const storage: { kind: 'postgres'; url: string } | { kind: 'embedded'; opening: Promise<Database> } =
  config.databaseUrl === undefined
    ? { kind: 'embedded', opening: openEmbeddedDatabase(join(config.dataDir, 'db')) }
    : { kind: 'postgres', url: config.databaseUrl };
if (storage.kind === 'embedded') storage.opening.catch(() => {});
const { startServer } = await import('./boot/server.js');

// A terminal gets lines a person reads; anything else (a file, a log collector) gets JSON lines.
const logger = createLogger(
  config.logLevel,
  process.stderr.isTTY && process.env.PATCHBAY_LOG_FORMAT !== 'json' ? humanLogStream(process.stderr) : 2,
);
// Before the server starts, so every request is traced; off unless the OTEL_* variables ask for it.
const tracing = await startTracing(process.env);
try {
  const running = await startServer({
    dataDir: config.dataDir,
    host: config.host,
    port: config.port,
    database: storage.kind === 'postgres' ? storage : { kind: 'provided', database: await storage.opening },
    publicUrl: config.publicUrl,
    logger,
    allowedOrigins: config.allowedOrigins,
    context: { stdio: config.stdio, replicaId: config.replicaId, oauth: config.oauth },
    sandbox: config.sandbox,
  });
  process.stdout.write(banner(running));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    running
      .close()
      .then(() => tracing?.shutdown())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  logger.fatal({ err: error }, 'start failed');
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Patchbay could not start: ${message}\n`);
  process.exit(1);
}
