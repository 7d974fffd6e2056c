import type { Queryable } from '../../db/database.js';
import type { ToolkitRuntime } from '../runtime.js';
import { type FilesLimits, filesToolkit } from './files.js';
import { type HttpToolkitOptions, httpToolkit } from './http.js';
import { type NotesLimits, notesToolkit } from './notes.js';

export interface BuiltinToolkitOptions {
  notes?: Partial<NotesLimits> | undefined;
  files?: Partial<FilesLimits> | undefined;
  http?: HttpToolkitOptions | undefined;
}

/** The toolkits every project has on day one, needing no outside account. */
export function builtinRuntimes(db: Queryable, options: BuiltinToolkitOptions = {}): ToolkitRuntime[] {
  return [notesToolkit(db, options.notes), httpToolkit(options.http), filesToolkit(db, options.files)];
}
