// Preloaded with --import (through NODE_OPTIONS) into a server under test: records the URL of every module the
// process resolves, one per line, in the file named by PATCHBAY_TEST_MODULE_LOG. See lazy-loading.test.ts.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { log: process.env.PATCHBAY_TEST_MODULE_LOG } });
