import { PatchbayError } from '../errors.js';

/** A setup failure that happens before anything is read or written; the CLI exits 2 for these. */
export class SetupUsageError extends PatchbayError {
  constructor(message: string, suggestedFix?: string) {
    super({ status: 0, slug: 'setup_usage', message, suggestedFix });
  }
}

/** A setup failure about a config file: it stays untouched and the message names what to do next. */
export function configError(slug: string, message: string, suggestedFix: string, cause?: unknown): PatchbayError {
  return new PatchbayError({ status: 0, slug, message, suggestedFix }, { cause });
}
