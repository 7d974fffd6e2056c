/**
 * PostgreSQL settings of the embedded engine. PGlite's default shared_buffers (128 MB, as a server's) was most of its
 * resident memory; one process with one connection and a small working set hits the OS page cache just as well.
 * In a module of its own so that the main thread can name them without loading PGlite.
 */
export const pgliteMemorySettings = 'shared_buffers=16MB\nwal_buffers=1MB';
