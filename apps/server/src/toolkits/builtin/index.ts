import type { Queryable } from '../../db/database.js';
import type { RegisteredToolkit } from '../registry.js';
import type { ToolkitRuntime } from '../runtime.js';
import { type FilesLimits, filesToolkit } from './files.js';
import { type HttpToolkitOptions, httpToolkit } from './http.js';
import { builtinToolkitInfos } from './infos.js';
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

/** The built-in runtimes with their catalog entries. */
export function builtinToolkits(db: Queryable, publicUrl: string, options: BuiltinToolkitOptions): RegisteredToolkit[] {
  const infos = builtinToolkitInfos(publicUrl);
  const epoch = new Date(0);
  return builtinRuntimes(db, options).map((runtime) => {
    const info = infos.find((i) => i.slug === runtime.slug);
    return {
      runtime,
      meta: {
        slug: runtime.slug,
        name: info?.name ?? runtime.slug,
        description: info?.description ?? '',
        logo: info?.logo ?? null,
        categories: [...(info?.categories ?? [])],
        kind: 'builtin',
        authSchemes: [],
        noAuth: true,
        isCustom: false,
        createdAt: epoch,
        updatedAt: epoch,
        source: null,
        timeoutMs: 30_000,
      },
    };
  });
}
