import type { Patchbay, ToolkitEntry } from '@patchbay/sdk';
import { given } from './errors.js';
import type { Host, PickItem } from './host.js';
import { pickLimit } from './picks.js';

/** The steps of creating and editing a server: toolkits from the catalog, allowed tools, connection mode. */
export class ServerSteps {
  constructor(private readonly host: Host) {}

  async toolkits(client: Patchbay, title: string, chosen: string[], step: number, total: number): Promise<string[]> {
    const catalog = await client.toolkits.iterate({ limit: pickLimit, maxItems: 3 * pickLimit }).toArray();
    const items = catalog.map((t) => ({
      label: t.name,
      description: t.slug,
      detail: `${t.toolsCount} tools${t.noAuth ? '' : ' · users connect an account'}${t.description ? ` · ${t.description}` : ''}`,
      picked: chosen.includes(t.slug),
      value: t.slug,
    }));
    for (;;) {
      const picked = given(
        await this.host.pickMany(items, {
          title,
          placeholder: 'Toolkits to bundle (type to search the catalog)',
          step,
          totalSteps: total,
        }),
      );
      if (picked.length > 0) return picked;
      void this.host.warn('Pick at least one toolkit.');
    }
  }

  async tools(
    client: Patchbay,
    toolkits: string[],
    allowed: string[],
    title: string,
    step: number,
    total: number,
  ): Promise<string[]> {
    const lists = await Promise.all(
      toolkits.map((toolkit) => client.tools.iterate({ toolkit, limit: pickLimit, maxItems: 2 * pickLimit }).toArray()),
    );
    const tools = lists.flat();
    if (tools.length === 0) return [];
    const picked = given(
      await this.host.pickMany(
        tools.map((t) => ({
          label: t.slug,
          description: t.toolkit.slug,
          detail: t.description,
          picked: allowed.length === 0 || allowed.includes(t.slug),
          value: t.slug,
        })),
        {
          title,
          placeholder: 'Allowed tools (all of them: every tool, including ones added later)',
          step,
          totalSteps: total,
        },
      ),
    );
    // Every tool picked means no limit, so tools a toolkit gains later are served too.
    return picked.length === tools.length || picked.length === 0 ? [] : picked;
  }

  async mode(current: boolean | undefined, title: string, step: number, total: number): Promise<boolean> {
    const items: PickItem<boolean>[] = [
      {
        label: 'Connect accounts from chat',
        description: current === false ? '(current)' : undefined,
        detail: 'The server adds tools that let the agent ask the user to connect an account when one is needed',
        value: false,
      },
      {
        label: 'I connect accounts myself',
        description: current === true ? '(current)' : undefined,
        detail: 'Only the toolkits\' tools; connect accounts with "Patchbay: Connect Account"',
        value: true,
      },
    ];
    return given(
      await this.host.pick(items, {
        title,
        placeholder: 'How do users connect their accounts?',
        step,
        totalSteps: total,
      }),
    );
  }

  /** Toolkits that need an account go with an auth config of the project, when there is one. */
  async withAuthConfigs(client: Patchbay, slugs: string[], title: string): Promise<ToolkitEntry[]> {
    const catalog = await Promise.all(slugs.map((slug) => client.toolkits.get(slug)));
    const entries: ToolkitEntry[] = [];
    for (const toolkit of catalog) {
      if (toolkit.noAuth) {
        entries.push(toolkit.slug);
        continue;
      }
      const configs = (await client.authConfigs.list({ toolkit: toolkit.slug, limit: pickLimit })).items.filter(
        (c) => c.status === 'ENABLED',
      );
      const config =
        configs.length <= 1
          ? configs[0]
          : given(
              await this.host.pick(
                configs.map((c) => ({ label: c.name, description: c.authScheme, detail: c.id, value: c })),
                { title, placeholder: `Which auth config do users of ${toolkit.name} connect through?` },
              ),
            );
      entries.push(config === undefined ? toolkit.slug : { toolkit: toolkit.slug, authConfigId: config.id });
    }
    return entries;
  }
}
