import type { ChildProcess } from 'node:child_process';

export interface Replica {
  name: string;
  port: number;
  url: string;
  dataDir: string;
  child: ChildProcess;
  exited: Promise<number | string | null>;
  stop(signal?: NodeJS.Signals): Promise<number | string | null>;
}

export interface Replicas {
  /** The load balancer's URL, also every replica's public URL. */
  url: string;
  apiKey: string | undefined;
  masterKey: string;
  replicas: Replica[];
  haproxy: ChildProcess;
  stop(): Promise<void>;
}

export interface ReplicasOptions {
  dir: string;
  databaseUrl: string;
  count?: number;
  port?: number;
  masterKey?: string;
  haproxy?: string;
  env?: Record<string, string>;
  logs?: 'ignore' | 'inherit';
  logLevel?: string;
  checkIntervalMs?: number;
  startTimeoutMs?: number;
}

export function ensureHaproxy(): string | undefined;
export function freePort(): Promise<number>;
export function haproxyConfig(options: {
  port: number;
  replicas: readonly { name: string; port: number }[];
  checkIntervalMs?: number;
  /** The Host replicas answer to (their public URL's), when this balancer is not that URL. */
  publicHost?: string;
}): string;
export function startReplicas(options: ReplicasOptions): Promise<Replicas>;
