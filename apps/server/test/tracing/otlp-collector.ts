import { createServer } from 'node:http';

export interface CollectedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  status: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An OTLP/HTTP JSON receiver (what a collector's `otlp` receiver takes on /v1/traces), keeping every span. */
export async function startCollector() {
  const spans: CollectedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      for (const resource of list(isRecord(body) ? body.resourceSpans : undefined)) {
        for (const scope of list(isRecord(resource) ? resource.scopeSpans : undefined)) {
          for (const span of list(isRecord(scope) ? scope.spans : undefined)) {
            if (!isRecord(span)) continue;
            const attributes: Record<string, unknown> = {};
            for (const attribute of list(span.attributes)) {
              if (!isRecord(attribute) || !isRecord(attribute.value)) continue;
              attributes[text(attribute.key)] = Object.values(attribute.value)[0];
            }
            spans.push({
              traceId: text(span.traceId),
              spanId: text(span.spanId),
              parentSpanId: text(span.parentSpanId) || undefined,
              name: text(span.name),
              kind: Number(span.kind),
              attributes,
              status: isRecord(span.status) ? Number(span.status.code ?? 0) : 0,
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v1/traces`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
