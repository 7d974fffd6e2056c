import { Box, Text } from 'ink';
import { visibleWindow } from '../list.js';

export interface Column<T> {
  title: string;
  /** Fixed width; the last column takes the rest. */
  width?: number;
  value(row: T): string;
  color?(row: T): string | undefined;
}

/** Cuts text to `width` columns, marking the cut with an ellipsis. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

export interface TableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  cursor: number;
  height: number;
  width: number;
  /** Cursor highlighted (false when another pane has the keys). */
  active?: boolean;
  empty?: string;
}

export function Table<T>({ rows, columns, cursor, height, width, active = true, empty }: TableProps<T>) {
  const bodyHeight = Math.max(0, height - 1);
  const { start, end } = visibleWindow(rows.length, cursor, bodyHeight);
  const fixed = columns.slice(0, -1).reduce((sum, column) => sum + (column.width ?? 10) + 1, 0);
  const widths = columns.map((column, index) =>
    index === columns.length - 1 ? Math.max(4, width - fixed) : (column.width ?? 10),
  );
  // Columns that add up to more than the width are cut at the edge rather than wrapped.
  const line = (cells: string[]) => fit(cells.map((cell, index) => fit(cell, widths[index] ?? 4)).join(' '), width);
  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold color="cyan">
        {line(columns.map((column) => column.title))}
      </Text>
      {rows.length === 0 && empty !== undefined ? <Text dimColor>{fit(empty, width)}</Text> : null}
      {/* One text node for the body (its rows nested, so Ink lays out one box, not one per row). */}
      <Text>
        {rows.slice(start, end).map((row, offset) => {
          const index = start + offset;
          const isCursor = index === cursor;
          const color = columns[0]?.color?.(row);
          const text = line(columns.map((column) => column.value(row)));
          return (
            <Text key={index} inverse={isCursor && active} underline={isCursor && !active} color={color}>
              {index < end - 1 ? `${text}\n` : text}
            </Text>
          );
        })}
      </Text>
    </Box>
  );
}
