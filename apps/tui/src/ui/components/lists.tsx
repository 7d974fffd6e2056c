// The list screens: servers, toolkits, a toolkit's tools, the live call log.
import type { ConnectedAccount, McpServer, Tool, ToolCall, Toolkit } from '@patchbay/sdk';
import { Box, Text } from 'ink';
import { view } from '../list.js';
import {
  type AccountsScreen,
  type CallsScreen,
  type ServersScreen,
  serverOrders,
  type ToolkitScreen,
  type ToolkitsScreen,
} from '../state.js';
import { localFilters } from '../views.js';
import { Spinner } from './chrome.js';
import { sparkline } from './sparkline.js';
import { type Column, fit, Table } from './table.js';

interface Area {
  width: number;
  height: number;
}

export const date = (iso: string) => iso.replace('T', ' ').slice(0, 16);
const time = (iso: string) => iso.slice(11, 19);

export function ListTitle({
  title,
  note,
  shown,
  total,
  filter,
  loading,
  done,
  error,
  width,
}: {
  title: string;
  /** Said after the count (a non-default order). */
  note?: string | undefined;
  shown: number;
  total?: number | undefined;
  filter: string;
  loading: boolean;
  done: boolean;
  error?: string | undefined;
  width: number;
}) {
  const count = total !== undefined ? `${shown} of ${total}` : done ? `${shown}` : `${shown}+`;
  const parts = [
    `${title} (${count})`,
    note ?? '',
    filter === '' ? '' : `filter: ${filter}`,
    loading ? 'loading…' : '',
  ];
  return (
    <Box width={width}>
      <Text bold>
        {fit(parts.filter((p) => p !== '').join('  '), error === undefined ? width : Math.floor(width / 2))}
      </Text>
      {error === undefined ? null : <Text color="red">{fit(error, Math.ceil(width / 2))}</Text>}
    </Box>
  );
}

export function ServersView({ screen, width, height }: { screen: ServersScreen } & Area) {
  const { list } = screen;
  const wide = width >= 120;
  const columns: Column<McpServer>[] = [
    { title: 'NAME', width: 30, value: (s) => s.name },
    { title: 'TOOLKITS', width: wide ? 30 : 18, value: (s) => s.toolkits.join(',') },
    { title: 'TOOLS', width: 6, value: (s) => (s.allowedTools.length === 0 ? 'all' : String(s.allowedTools.length)) },
    { title: 'USERS', width: 6, value: (s) => String(s.serverInstanceCount) },
    ...(wide ? [{ title: 'UPDATED', width: 16, value: (s: McpServer) => date(s.updatedAt) }] : []),
    { title: 'ID', value: (s) => s.id },
  ];
  return (
    <Box flexDirection="column">
      <ListTitle
        title="Servers"
        note={screen.order === 0 ? undefined : `by ${serverOrders[screen.order]?.label ?? ''}`}
        shown={list.items.length}
        {...list}
        width={width}
      />
      <Table
        rows={list.items}
        columns={columns}
        cursor={list.cursor}
        height={height - 1}
        width={width}
        empty={list.loading ? 'loading…' : list.filter === '' ? 'No servers yet: c creates one.' : 'No server matches.'}
      />
    </Box>
  );
}

export function ToolkitsView({ screen, width, height }: { screen: ToolkitsScreen } & Area) {
  const { list } = screen;
  const columns: Column<Toolkit>[] = [
    { title: 'SLUG', width: 20, value: (t) => t.slug },
    { title: 'NAME', width: 22, value: (t) => t.name },
    { title: 'KIND', width: 9, value: (t) => t.kind },
    { title: 'TOOLS', width: 5, value: (t) => String(t.toolsCount) },
    { title: 'AUTH', width: 10, value: (t) => (t.noAuth ? 'none' : t.authSchemes.map((a) => a.mode).join(',')) },
    { title: 'DESCRIPTION', value: (t) => t.description },
  ];
  return (
    <Box flexDirection="column">
      <ListTitle title="Toolkits" shown={list.items.length} {...list} width={width} />
      <Table
        rows={list.items}
        columns={columns}
        cursor={list.cursor}
        height={height - 1}
        width={width}
        empty="No toolkit matches."
      />
    </Box>
  );
}

export function ToolkitView({ screen, width, height }: { screen: ToolkitScreen } & Area) {
  const rows = view(screen.list, localFilters.toolkit);
  const tool = rows[screen.list.cursor];
  const columns: Column<Tool>[] = [
    { title: 'TOOL', width: 30, value: (t) => t.slug },
    { title: 'DESCRIPTION', value: (t) => t.description },
  ];
  const schemaBeside = screen.showSchema && width >= 120;
  const tableWidth = schemaBeside ? Math.floor(width / 2) : width;
  const schemaLines =
    screen.showSchema && tool !== undefined ? JSON.stringify(tool.inputParameters, null, 2).split('\n') : [];
  const tableHeight = screen.showSchema && !schemaBeside ? Math.max(3, Math.floor((height - 1) / 2)) : height - 1;
  const schemaHeight = schemaBeside ? height - 1 : height - 1 - tableHeight;
  return (
    <Box flexDirection="column">
      <ListTitle title={`${screen.name} tools`} shown={rows.length} {...screen.list} width={width} />
      <Box flexDirection={schemaBeside ? 'row' : 'column'}>
        <Table rows={rows} columns={columns} cursor={screen.list.cursor} height={tableHeight} width={tableWidth} />
        {screen.showSchema ? (
          <Box flexDirection="column" height={schemaHeight} width={schemaBeside ? width - tableWidth : width}>
            <Text bold>{tool === undefined ? '' : `${tool.slug} input schema`}</Text>
            <Text>
              {schemaLines
                .slice(0, Math.max(0, schemaHeight - 1))
                .map((line) => fit(line, schemaBeside ? width - tableWidth : width))
                .join('\n')}
            </Text>
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}

export function CallsView({ screen, width, height }: { screen: CallsScreen } & Area) {
  const rows = view(screen.list, localFilters.calls);
  const side = width >= 120 ? 40 : 0;
  const columns: Column<ToolCall>[] = [
    { title: 'TIME', width: 8, value: (c) => time(c.startedAt) },
    { title: 'TOOL', width: 24, value: (c) => c.toolSlug, color: (c) => (c.outcome === 'error' ? 'red' : undefined) },
    { title: 'USER', width: 14, value: (c) => c.userId },
    { title: 'OUTCOME', width: 7, value: (c) => c.outcome },
    { title: 'MS', width: 6, value: (c) => String(c.durationMs) },
    { title: 'SERVER / ERROR', value: (c) => c.error ?? c.serverId ?? 'direct execute' },
  ];
  const follow = screen.follow ? 'follow: on' : 'follow: off';
  return (
    <Box flexDirection="column">
      <ListTitle
        title={`Calls, newest first, ${follow}, outcome: ${screen.outcome}`}
        shown={rows.length}
        {...screen.list}
        width={width}
      />
      <Box>
        <Table
          rows={rows}
          columns={columns}
          cursor={screen.list.cursor}
          height={height - 1}
          width={side > 0 ? width - side - 1 : width}
          empty="No calls yet."
        />
        {side > 0 ? <Latency calls={rows} width={side} height={height - 1} /> : null}
      </Box>
    </Box>
  );
}

/** Per tool: the latest durations as a sparkline, and the median. */
function Latency({ calls, width, height }: { calls: readonly ToolCall[]; width: number; height: number }) {
  const byTool = new Map<string, number[]>();
  for (const call of calls) {
    const list = byTool.get(call.toolSlug) ?? [];
    if (list.length < 16) list.unshift(call.durationMs);
    byTool.set(call.toolSlug, list);
  }
  const lines = [...byTool].slice(0, Math.max(0, height - 1)).map(([tool, durations]) => {
    const sorted = [...durations].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    return `${fit(tool, 14)} ${sparkline(durations).padEnd(16)} ${median}ms`;
  });
  return (
    <Box flexDirection="column" width={width} marginLeft={1}>
      <Text bold color="cyan">
        {fit('LATENCY (last 16, median)', width - 1)}
      </Text>
      <Text>{lines.map((line) => fit(line, width - 1)).join('\n')}</Text>
    </Box>
  );
}

export function AccountsView({ screen, width, height }: { screen: AccountsScreen } & Area) {
  const rows = view(screen.list, localFilters.accounts);
  const statusColor = (a: ConnectedAccount) =>
    a.isDisabled ? 'gray' : a.status === 'ACTIVE' ? 'green' : a.status === 'INITIATED' ? 'yellow' : 'red';
  const columns: Column<ConnectedAccount>[] = [
    { title: 'USER', width: 20, value: (a) => a.userId, color: statusColor },
    { title: 'TOOLKIT', width: 16, value: (a) => a.toolkit.slug },
    { title: 'STATUS', width: 10, value: (a) => (a.isDisabled ? 'DISABLED' : a.status) },
    { title: 'SCHEME', width: 12, value: (a) => a.authConfig.authScheme },
    { title: 'AUTH CONFIG', width: 18, value: (a) => a.authConfig.id },
    { title: 'ID / REASON', value: (a) => a.statusReason ?? a.id },
  ];
  const waiting = screen.waiting;
  return (
    <Box flexDirection="column">
      <ListTitle title="Connected accounts" shown={rows.length} {...screen.list} width={width} />
      <Table
        rows={rows}
        columns={columns}
        cursor={screen.list.cursor}
        height={height - (waiting === undefined ? 1 : 3)}
        width={width}
        empty="No connected accounts: c connects one."
      />
      {waiting === undefined ? null : (
        <Box flexDirection="column">
          <Text>
            <Spinner busy />
            <Text color="yellow"> Waiting for {waiting.userId} to finish connecting…</Text>
          </Text>
          <Text>{fit(waiting.url === null ? '' : `Link: ${waiting.url}`, width)}</Text>
        </Box>
      )}
    </Box>
  );
}
