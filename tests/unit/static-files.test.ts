// The live room's file server: text files go out gzip-compressed to browsers that accept it, byte for
// byte the same once unpacked; images and clients that refuse gzip get the file as it is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFiles } from '../../src/server/static-files';

let dir: string;
let server: Server;
let port: number;
const script = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;
const png = Buffer.alloc(4000, 7);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sj-static-'));
  writeFileSync(join(dir, 'app.js'), script);
  writeFileSync(join(dir, 'tiny.css'), 'a{}');
  writeFileSync(join(dir, 'icon.png'), png);
  const files = staticFiles(dir);
  server = createServer((req, res) => void files(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    const req = request(
      { port, host: '127.0.0.1', path, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

describe('static files', () => {
  it('compresses a script for a browser that takes gzip, twice the same', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await get('/app.js', 'gzip, deflate, br');
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(r.body.length).toBeLessThan(script.length / 10);
      expect(gunzipSync(r.body).toString()).toBe(script);
    }
  });

  it('sends the file as it is to a client without gzip, or refusing it', async () => {
    for (const accept of [undefined, 'br', 'gzip;q=0, br']) {
      const r = await get('/app.js', accept);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.body.toString()).toBe(script);
    }
  });

  it('leaves images and tiny files uncompressed', async () => {
    const image = await get('/icon.png', 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
    expect((await get('/tiny.css', 'gzip')).headers['content-encoding']).toBeUndefined();
  });

  it('serves a file changed on disk anew, not its old compressed copy', async () => {
    await get('/app.js', 'gzip');
    const changed = `${script}// changed, and longer\n`;
    writeFileSync(join(dir, 'app.js'), changed);
    expect(gunzipSync((await get('/app.js', 'gzip')).body).toString()).toBe(changed);
    writeFileSync(join(dir, 'app.js'), script);
  });
});
