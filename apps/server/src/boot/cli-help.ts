import { masterKeyEnv, previousKeysEnv } from '../accounts/master-key.js';
import { mintHelp } from './mint-key-command.js';
import { rotateHelp } from './rotate-command.js';

/** `--help`: the options (each also an environment variable) and the commands. */
export const helpText = `Usage: patchbay-server [options]
       patchbay-server <command> [options]

Options (flags win over environment variables):
  --host HOST               PATCHBAY_HOST (default 127.0.0.1)
  --port PORT               PATCHBAY_PORT
  --data-dir DIR            PATCHBAY_DATA_DIR: key files, server.json and the embedded database
  --public-url URL          PATCHBAY_PUBLIC_URL: the URL clients reach the server at
  --log-level LEVEL         PATCHBAY_LOG_LEVEL (fatal, error, warn, info, debug, trace, silent)
  --allowed-origins LIST    PATCHBAY_ALLOWED_ORIGINS: extra browser origins, comma-separated
  DATABASE_URL              a PostgreSQL URL instead of the embedded database
  PATCHBAY_STDIO_TOOLKITS   who may register stdio toolkits (commands run on this host): operator (default:
                            the first project's admin keys), allowlist, any, off
  PATCHBAY_STDIO_COMMANDS   with allowlist: commands any project may register, comma-separated
  PATCHBAY_SANDBOX          auto (default): stdio upstreams run under bubblewrap when it works here, without sight
                            of the data dir; off: run them directly
  ${masterKeyEnv}       base64 of 32 bytes: the key that encrypts stored secrets; without it
                            <data-dir>/master.key is used (created on first start, mode 0600)
  ${previousKeysEnv}  older keys, comma-separated, still accepted for reading

Commands:
${mintHelp}${rotateHelp}`;
