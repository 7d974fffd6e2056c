import {
  type Attributes,
  type Context,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

export const tracer = () => trace.getTracer('patchbay');

/** Runs `fn` in a child span of the active one; no span when nothing is being traced (background work). */
export async function childSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span: Span | undefined) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  const parent = trace.getActiveSpan();
  if (parent === undefined || !parent.isRecording()) return fn(undefined);
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The active trace context as W3C fields (`traceparent`, `tracestate`), or undefined when there is none. */
export function traceContextFields(active: Context = context.active()): Record<string, string> | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier.traceparent === undefined ? undefined : carrier;
}

/** A fetch that adds the active trace context to each request's headers (remote upstreams, HTTP APIs). */
export function tracedFetch(base: typeof fetch): typeof fetch {
  return (input, init) => {
    const fields = traceContextFields();
    if (fields === undefined) return base(input, init);
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(fields)) headers.set(name, value);
    return base(input, { ...init, headers });
  };
}

export { SpanKind };
