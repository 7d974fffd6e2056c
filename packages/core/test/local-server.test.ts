import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localServerFiles } from '../src/local-server.js';
import { discoverLocalServer } from '../src/node.js';

describe('localServerFiles', () => {
  it('defaults to ~/.patchbay and honours PATCHBAY_DATA_DIR', () => {
    expect(localServerFiles({}, '/home/ana').apiKeyFile).toBe('/home/ana/.patchbay/api-key');
    expect(localServerFiles({ PATCHBAY_DATA_DIR: '/srv/pb' }, '/home/ana').serverFile).toBe('/srv/pb/server.json');
    expect(localServerFiles({}, 'C:\\Users\\ana').apiKeyFile).toBe('C:\\Users\\ana\\.patchbay\\api-key');
  });
});

describe('discoverLocalServer', () => {
  async function home() {
    const dir = await mkdtemp(join(tmpdir(), 'pb-home-'));
    await mkdir(join(dir, '.patchbay'));
    return dir;
  }

  it('prefers the environment', async () => {
    const found = await discoverLocalServer(
      { PATCHBAY_BASE_URL: 'http://x:1', PATCHBAY_API_KEY: 'pb_env' },
      await home(),
    );
    expect(found).toEqual({ baseUrl: 'http://x:1', apiKey: 'pb_env', source: 'PATCHBAY_BASE_URL' });
  });

  it('reads the key file and server.json a local server wrote', async () => {
    const dir = await home();
    await writeFile(join(dir, '.patchbay', 'api-key'), 'pb_file\n');
    await chmod(join(dir, '.patchbay', 'api-key'), 0o600);
    await writeFile(join(dir, '.patchbay', 'server.json'), JSON.stringify({ url: 'http://127.0.0.1:9999' }));
    const found = await discoverLocalServer({}, dir);
    expect(found).toMatchObject({ baseUrl: 'http://127.0.0.1:9999', apiKey: 'pb_file' });
  });

  it('falls back to the default address when server.json is torn', async () => {
    const dir = await home();
    await writeFile(join(dir, '.patchbay', 'api-key'), 'pb_file');
    await writeFile(join(dir, '.patchbay', 'server.json'), '{"url": ');
    expect((await discoverLocalServer({}, dir)).baseUrl).toBe('http://127.0.0.1:8787');
  });

  it('says what to do when there is no key', async () => {
    await expect(discoverLocalServer({}, await home())).rejects.toMatchObject({
      slug: 'no_api_key',
      suggestedFix: expect.stringContaining('npm start'),
    });
  });
});
