import pino, { type Logger } from 'pino';

export type { Logger };
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/**
 * JSON lines on stderr (stdout carries the human banner). Request lines carry no headers or bodies; redaction is
 * the safety net should a header object ever be logged.
 */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream | number = 2): Logger {
  return pino(
    {
      level,
      base: { service: 'patchbay-server' },
      redact: {
        paths: [
          'headers["x-api-key"]',
          'headers.authorization',
          '*.headers["x-api-key"]',
          '*.headers.authorization',
          'key',
          '*.key',
          'apiKey',
          // Account secrets are never passed to log calls; these catch a mistake if one ever is.
          ...[
            'access_token',
            'refresh_token',
            'client_secret',
            'api_key',
            'password',
            'token',
            'credentials',
            'secrets',
          ].flatMap((name) => [name, `*.${name}`]),
        ],
        censor: '[redacted]',
      },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: false }) : destination,
  );
}
