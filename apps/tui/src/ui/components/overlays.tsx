// What sits over a screen: the help (every key of the screen, filterable), a confirm, the unreachable server.
import { Box, Text } from 'ink';
import { bindingsFor, type KeyContext, showKey } from '../keys.js';
import { fit } from './table.js';

export function HelpView({
  contexts,
  filter,
  width,
  height,
}: {
  contexts: KeyContext[];
  filter: string;
  width: number;
  height: number;
}) {
  const needle = filter.toLowerCase();
  const rows = bindingsFor(contexts).filter(
    (b) => needle === '' || `${b.keys.join(' ')} ${b.label} ${b.help}`.toLowerCase().includes(needle),
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>
        {fit(`Keys of this screen${filter ? ` matching "${filter}"` : ''} (type to filter, esc closes)`, width)}
      </Text>
      {rows.slice(0, Math.max(0, height - 1)).map((b) => (
        <Text key={`${b.context}:${b.keys.join()}`}>
          <Text color="yellow">{fit(b.keys.map(showKey).join(' '), 16)}</Text>
          <Text>{fit(b.help, Math.max(4, width - 16))}</Text>
        </Text>
      ))}
    </Box>
  );
}

/** A question with its consequences; a long message (a diff) is cut to the room there is. */
export function ConfirmView({ message, width, height }: { message: string; width: number; height: number }) {
  const [first = '', ...rest] = message.split('\n');
  const room = Math.max(0, height - 6);
  const shown = rest.slice(0, room);
  const more = rest.length - shown.length;
  const inner = rest.length > 0 ? width - 4 : Math.min(width - 4, 76);
  return (
    <Box borderStyle="round" borderColor="red" flexDirection="column" width={inner + 4} paddingX={1}>
      <Text color="red" bold>
        Confirm
      </Text>
      <Text wrap="wrap">{first}</Text>
      {shown.length > 0 ? <Text>{shown.map((line) => fit(line, inner)).join('\n')}</Text> : null}
      {more > 0 ? <Text dimColor>… {more} more lines</Text> : null}
      <Text dimColor>y: yes, do it · n or esc: no</Text>
    </Box>
  );
}

export function UnreachableView({
  url,
  message,
  fix,
  width,
}: {
  url: string;
  message: string;
  fix: string;
  width: number;
}) {
  return (
    <Box flexDirection="column" width={width} paddingX={1}>
      <Text color="red" bold>
        Cannot reach the Patchbay server at {url}
      </Text>
      <Text> </Text>
      <Text wrap="wrap">{message}</Text>
      <Text> </Text>
      <Text wrap="wrap" color="yellow">
        {fix}
      </Text>
      <Text> </Text>
      <Text dimColor wrap="wrap">
        Another server? Set PATCHBAY_BASE_URL and PATCHBAY_API_KEY (or PATCHBAY_DATA_DIR) and start patchbay again. It
        retries every few seconds.
      </Text>
    </Box>
  );
}
