// A server: its toolkits, the allowed tools (toggle, save), its users, and a generated URL with its token.
import type { McpInstance } from '@patchbay/sdk';
import { Box, Text } from 'ink';
import { view } from '../list.js';
import type { ServerScreen, ToolRow } from '../state.js';
import { localFilters } from '../views.js';
import { type Column, fit, Table } from './table.js';

const isAllowed = (screen: ServerScreen, slug: string) => screen.allowed === 'all' || screen.allowed.includes(slug);

export function ServerView({ screen, width, height }: { screen: ServerScreen; width: number; height: number }) {
  const server = screen.server;
  const dirty = JSON.stringify(screen.allowed) !== JSON.stringify(screen.saved);
  const allowedCount = screen.allowed === 'all' ? 'all' : String(screen.allowed.length);
  const info = [
    `id ${screen.serverId}`,
    `toolkits ${server?.toolkits.join(', ') || '-'}`,
    `allowed ${allowedCount}`,
    `connections ${server?.manuallyManageConnections ? 'manual' : 'managed'}`,
  ].join('  ·  ');
  const accessLines = screen.access
    ? [
        `URL for ${screen.access.userId}: ${screen.access.url}`,
        ...Object.entries(screen.access.headers).map(([name, value]) => `${name}: ${value}`),
      ]
    : [];
  const side = width >= 120;
  const paneHeight = Math.max(3, height - 2 - accessLines.length);
  const toolsWidth = side ? Math.floor(width * 0.6) : width;
  const tools = view(screen.tools, localFilters.tools);
  const toolColumns: Column<ToolRow>[] = [
    { title: 'ON', width: 3, value: (t) => (isAllowed(screen, t.slug) ? '[x]' : '[ ]') },
    { title: 'TOOL', width: 26, value: (t) => t.slug },
    { title: 'DESCRIPTION', value: (t) => t.description },
  ];
  const userColumns: Column<McpInstance>[] = [
    { title: 'USER', width: 24, value: (u) => u.userId },
    { title: 'SINCE', value: (u) => u.createdAt.replace('T', ' ').slice(0, 16) },
  ];
  const toolsPane = (
    <Box flexDirection="column" width={toolsWidth}>
      <Text bold color={screen.pane === 'tools' ? 'yellow' : undefined}>
        {fit(
          `Tools (${tools.length})${dirty ? ' unsaved: s saves' : ''}${screen.tools.filter ? ` filter: ${screen.tools.filter}` : ''}${screen.tools.loading ? ' loading…' : ''}`,
          toolsWidth,
        )}
      </Text>
      <Table
        rows={tools}
        columns={toolColumns}
        cursor={screen.tools.cursor}
        height={side ? paneHeight - 1 : paneHeight - 1}
        width={toolsWidth}
        active={screen.pane === 'tools'}
        empty={screen.tools.loading ? 'loading…' : 'No tools: the server has no toolkit.'}
      />
    </Box>
  );
  const usersWidth = side ? width - toolsWidth - 1 : width;
  const usersPane = (
    <Box flexDirection="column" width={usersWidth} marginLeft={side ? 1 : 0}>
      <Text bold color={screen.pane === 'users' ? 'yellow' : undefined}>
        {fit(
          `Users (${screen.users.items.length}${screen.users.done ? '' : '+'})${screen.users.filter ? ` filter: ${screen.users.filter}` : ''}`,
          usersWidth,
        )}
      </Text>
      <Table
        rows={screen.users.items}
        columns={userColumns}
        cursor={screen.users.cursor}
        height={paneHeight - 1}
        width={usersWidth}
        active={screen.pane === 'users'}
        empty="No users yet: a adds one, u generates a URL."
      />
    </Box>
  );
  return (
    <Box flexDirection="column">
      <Text>{fit(info, width)}</Text>
      {side ? (
        <Box>
          {toolsPane}
          {usersPane}
        </Box>
      ) : screen.pane === 'tools' ? (
        toolsPane
      ) : (
        usersPane
      )}
      {!side ? (
        <Text dimColor>{fit(`tab: ${screen.pane === 'tools' ? 'users' : 'tools'} pane`, width)}</Text>
      ) : (
        <Text> </Text>
      )}
      {accessLines.map((line) => (
        <Text key={line} color="green">
          {fit(line, width)}
        </Text>
      ))}
    </Box>
  );
}
