// The form screens: create/edit a server, and "Try a tool" with its result.
import { Box, Text } from 'ink';
import type { FormState } from '../form.js';
import type { ConnectFormScreen, ServerFormScreen, ToolkitFormScreen, TryScreen } from '../state.js';
import { fit } from './table.js';

function FormView({ form, width, height }: { form: FormState; width: number; height: number }) {
  const label = Math.min(22, Math.max(...form.fields.map((f) => f.label.length + (f.required ? 2 : 0))) + 1);
  const perField = 2;
  const room = Math.max(1, Math.floor((height - 1) / perField));
  const start = Math.max(0, Math.min(form.focus - Math.floor(room / 2), form.fields.length - room));
  const whole = form.errors[''];
  return (
    <Box flexDirection="column" width={width}>
      {form.fields.slice(start, start + room).map((field, offset) => {
        const index = start + offset;
        const isFocus = index === form.focus;
        const error = form.errors[field.name];
        const shown =
          field.kind === 'boolean' || field.kind === 'enum' ? `‹ ${field.value || '(none)'} ›` : field.value;
        const name = `${field.label}${field.required ? ' *' : ''}`.padEnd(label);
        return (
          <Box key={field.name} flexDirection="column">
            <Text>
              <Text color={isFocus ? 'yellow' : undefined} bold={isFocus}>
                {isFocus ? '› ' : '  '}
                {name}
              </Text>
              <Text inverse={isFocus}>{fit(`${shown}${isFocus ? '█' : ''}`, Math.max(4, width - label - 3))}</Text>
            </Text>
            {error !== undefined ? (
              <Text color="red">{fit(`${' '.repeat(label + 2)}${error}`, width)}</Text>
            ) : (
              <Text dimColor>{fit(`${' '.repeat(label + 2)}${isFocus ? (field.hint ?? '') : ''}`, width)}</Text>
            )}
          </Box>
        );
      })}
      {whole !== undefined ? (
        <Text color="red" wrap="wrap">
          {whole}
        </Text>
      ) : null}
      {form.submitting ? <Text color="yellow">working…</Text> : null}
    </Box>
  );
}

export function ServerFormView({ screen, width, height }: { screen: ServerFormScreen; width: number; height: number }) {
  const title = screen.mode === 'create' ? 'New server' : `Edit server ${screen.serverId ?? ''}`;
  return (
    <Box flexDirection="column">
      <Text bold>{fit(`${title}  (* required; ctrl+s or enter on the last field saves)`, width)}</Text>
      <FormView form={screen.form} width={width} height={height - 1} />
    </Box>
  );
}

export function TryView({ screen, width, height }: { screen: TryScreen; width: number; height: number }) {
  const resultLines = screen.result?.text.split('\n') ?? [];
  const formHeight = screen.result === undefined ? height - 2 : Math.max(4, Math.floor((height - 2) / 2));
  const resultHeight = height - 2 - formHeight;
  return (
    <Box flexDirection="column">
      <Text bold>
        {fit(`${screen.tool.slug} on "${screen.serverName}" through its MCP URL, with the user's scoped token`, width)}
      </Text>
      <Text dimColor>{fit(screen.tool.description, width)}</Text>
      <FormView form={screen.form} width={width} height={formHeight} />
      {screen.result === undefined ? null : (
        <Box flexDirection="column" height={resultHeight}>
          <Text bold color={screen.result.ok ? 'green' : 'red'}>
            {screen.result.ok ? 'Result' : 'Error'}
          </Text>
          <Text>
            {resultLines
              .slice(0, Math.max(0, resultHeight - 1))
              .map((line) => fit(line, width))
              .join('\n')}
          </Text>
        </Box>
      )}
    </Box>
  );
}

export function ConnectFormView({
  screen,
  width,
  height,
}: {
  screen: ConnectFormScreen;
  width: number;
  height: number;
}) {
  return (
    <Box flexDirection="column">
      <Text bold>
        {fit('Connect an account  (the link opens in the browser when there is one; ctrl+s starts)', width)}
      </Text>
      <FormView form={screen.form} width={width} height={height - 1} />
    </Box>
  );
}

export function ToolkitFormView({
  screen,
  width,
  height,
}: {
  screen: ToolkitFormScreen;
  width: number;
  height: number;
}) {
  return (
    <Box flexDirection="column">
      <Text bold>
        {fit('Register a toolkit  (the server loads the source first and says why when it cannot)', width)}
      </Text>
      <FormView form={screen.form} width={width} height={height - 1} />
    </Box>
  );
}
