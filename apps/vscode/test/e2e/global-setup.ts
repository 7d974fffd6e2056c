import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * Before the real-VS-Code test: Debian's chromium, Node 22 and code-server (scripts/install-test-deps.sh, cached
 * outside the repo, seconds once installed), then the extension built and packed into dist/patchbay.vsix.
 */
export default function setup(): void {
  execFileSync('bash', [join(root, 'scripts', 'install-test-deps.sh')], { stdio: 'inherit', timeout: 20 * 60_000 });
  execFileSync('npm', ['run', '--silent', 'package'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 5 * 60_000,
  });
}
