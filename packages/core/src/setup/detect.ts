import { stat } from 'node:fs/promises';
import { PatchbayError } from '../errors.js';
import { type SetupClient, setupClients } from '../setup-command.js';
import { clientScopes, clientSpecs, type SetupScope } from './clients.js';
import { isPatchbayEntry } from './entry.js';
import { isJsonObject, parseConfig } from './merge.js';
import { currentEnvironment, type SetupEnvironment } from './paths.js';
import { readSnapshot } from './write.js';

export interface ClientStatus {
  client: SetupClient;
  label: string;
  scope: SetupScope;
  path: string;
  /** The client looks installed (its folder exists), or the config file exists. */
  present: boolean;
  configExists: boolean;
  /** Names of entries that are Patchbay's (by name or by URL). */
  patchbayEntries: string[];
  /** Why the file could not be read, when it could not. */
  problem: string | undefined;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function statusOf(client: SetupClient, scope: SetupScope, environment: SetupEnvironment): Promise<ClientStatus> {
  const spec = clientSpecs[client];
  const path = scope === 'user' ? spec.userPath(environment) : (spec.projectPath?.(environment) ?? '');
  const base = { client, label: spec.label, scope, path };
  try {
    const snapshot = await readSnapshot(path);
    const configExists = snapshot.text !== undefined;
    const markers = scope === 'user' ? await Promise.all(spec.markers(environment).map(exists)) : [];
    const { doc } = parseConfig(snapshot.text, path);
    const servers = doc[spec.serversKey];
    const patchbayEntries = isJsonObject(servers)
      ? Object.entries(servers)
          .filter(([name, entry]) => isPatchbayEntry(name, entry))
          .map(([name]) => name)
      : [];
    return {
      ...base,
      present: configExists || markers.includes(true),
      configExists,
      patchbayEntries,
      problem: undefined,
    };
  } catch (error) {
    const problem = error instanceof PatchbayError ? error.message : String(error);
    return { ...base, present: true, configExists: true, patchbayEntries: [], problem };
  }
}

/** Every client and scope with its config path, whether it is present, and the Patchbay entries it holds. */
export async function detectClients(environment?: Partial<SetupEnvironment>): Promise<ClientStatus[]> {
  const resolved = currentEnvironment(environment);
  const pairs = setupClients.flatMap((client) => clientScopes(client).map((scope) => ({ client, scope })));
  return Promise.all(pairs.map(({ client, scope }) => statusOf(client, scope, resolved)));
}
