import type { operations } from '@patchbay/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

type Responses<Op extends keyof operations> = operations[Op]['responses'];
type JsonBody<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
/** The success statuses an operation declares. */
export type SuccessStatus<Op extends keyof operations> = Extract<keyof Responses<Op>, 200 | 201 | 202>;
/** What the spec says operation `Op` answers with `Status`. */
export type ReplyBody<Op extends keyof operations, Status extends SuccessStatus<Op>> = JsonBody<Responses<Op>[Status]>;

/**
 * Answers a REST operation with the body its spec declares: `reply(c, 'listApiKeys', page)`. The body is typed from
 * the generated `operations`, so an answer that drifts from the spec fails typecheck where it is written.
 */
export function reply<Op extends keyof operations, Status extends SuccessStatus<Op> = SuccessStatus<Op> & 200>(
  c: Context<AppEnv>,
  _operation: Op,
  body: ReplyBody<Op, Status>,
  ...status: Status extends 200 ? [] : [Status]
): Response {
  return c.json(body, status[0] ?? 200);
}
