// The Users screen: every server's users (instances), one row per user and server.
import { Box } from 'ink';
import type { UserRow, UsersScreen } from '../state.js';
import { date, ListTitle } from './lists.js';
import { type Column, Table } from './table.js';

export function UsersView({ screen, width, height }: { screen: UsersScreen; width: number; height: number }) {
  const wide = width >= 120;
  const columns: Column<UserRow>[] = [
    { title: 'USER', width: wide ? 32 : 22, value: (u) => u.userId },
    { title: 'SERVER', width: wide ? 32 : 24, value: (u) => u.serverName },
    { title: 'SINCE', width: 16, value: (u) => date(u.createdAt) },
    { title: 'SERVER ID', value: (u) => u.serverId },
  ];
  return (
    <Box flexDirection="column">
      <ListTitle title="Users" shown={screen.list.items.length} {...screen.list} width={width} />
      <Table
        rows={screen.list.items}
        columns={columns}
        cursor={screen.list.cursor}
        height={height - 1}
        width={width}
        empty={
          screen.list.filter === ''
            ? 'No users yet: a server gets one when generate makes their URL (or a on its screen).'
            : 'No user id holds the filter.'
        }
      />
    </Box>
  );
}
