import type { ApiClient } from '@patchbay/core';

/** A fetch that takes a Request: what core's client calls, and what `new Patchbay({ fetch })` accepts. */
export type RequestFetch = (request: Request) => Promise<Response>;

/** What every resource of one Patchbay instance shares. */
export interface Context {
  api: ApiClient;
  apiKey: string;
  /** The server's root URL, as given (core appends `/api/v3`). */
  baseURL: string;
  fetch: RequestFetch;
}
