// The `:` command line: names and aliases, and tab completion over them.

export type CommandTarget = 'servers' | 'toolkits' | 'calls' | 'accounts' | 'users' | 'help' | 'quit';

export interface CommandSpec {
  name: string;
  aliases: readonly string[];
  target: CommandTarget;
  help: string;
}

export const commandTable: readonly CommandSpec[] = [
  { name: 'servers', aliases: ['mcp', 'srv'], target: 'servers', help: 'the MCP servers of the project' },
  { name: 'toolkits', aliases: ['tk', 'catalog'], target: 'toolkits', help: 'the toolkit catalog and its tools' },
  { name: 'calls', aliases: ['log', 'tail'], target: 'calls', help: 'the tool-call log, live' },
  {
    name: 'accounts',
    aliases: ['acc', 'connections'],
    target: 'accounts',
    help: 'connected accounts, by user and toolkit',
  },
  { name: 'users', aliases: ['instances', 'people'], target: 'users', help: 'every server’s users, across servers' },
  { name: 'help', aliases: ['keys'], target: 'help', help: 'every key of this screen' },
  { name: 'quit', aliases: ['q', 'exit'], target: 'quit', help: 'quit' },
];

const allNames = commandTable.flatMap((spec) => [spec.name, ...spec.aliases]);

/** The command a typed line names (leading `:` and spaces ignored), by name or alias. */
export function resolveCommand(line: string): CommandSpec | undefined {
  const word = line.trim().replace(/^:/, '').trim().toLowerCase();
  return commandTable.find((spec) => spec.name === word || spec.aliases.includes(word));
}

/** The names that start with what is typed. */
export function candidates(line: string): string[] {
  const word = line.trim().toLowerCase();
  return allNames.filter((name) => name.startsWith(word));
}

/** Tab: the longest prefix shared by every candidate (the whole name when only one fits). */
export function complete(line: string): string {
  return completeFrom(allNames, line);
}

/** The longest prefix shared by the names that start with what is typed. */
export function completeFrom(names: readonly string[], line: string): string {
  const word = line.trim().toLowerCase();
  const found = names.filter((name) => name.startsWith(word));
  const [first] = found;
  if (first === undefined) return line;
  let prefix = first;
  for (const name of found) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.length >= line.trim().length ? prefix : line;
}
