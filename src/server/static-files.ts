// Serves the built site (dist/) read-only: GET and HEAD only, no path outside the folder, no listing.
// Text files go out gzip-compressed to browsers that accept it (Phaser's 1.4 MB script is 0.35 MB so, which
// is what a room of 40 teams on one Wi-Fi feels), compressed once per file version and kept.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../csp';

// The pages' own policy (also in their <meta>), plus what only a header can say: no framing.
const CSP = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg\+xml)/;
const gzipAsync = promisify(gzip);

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && !(q && Number(q.slice(2)) === 0);
  });
}

/** A request handler for the files under `root`; `cache` says whether hashed assets may be cached. */
export function staticFiles(root: string, cache = true) {
  const base = resolve(root);
  // file -> its gzip, for the version (size and modification time) it was made from.
  const zipped = new Map<string, { version: string; body: Buffer }>();
  const compressed = async (file: string, body: Buffer): Promise<Buffer> => {
    const { size, mtimeMs } = await stat(file);
    const version = `${size}:${mtimeMs}`;
    const kept = zipped.get(file);
    if (kept?.version === version) return kept.body;
    const made = await gzipAsync(body);
    zipped.set(file, { version, body: made });
    return made;
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad address');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const raw = await readFile(file);
      const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const zip = COMPRESSIBLE.test(type) && raw.length > 1024;
      const body = zip && acceptsGzip(req) ? await compressed(file, raw) : raw;
      // Vite's assets carry a content hash in their names; the pages themselves must always be fresh.
      const hashed = cache && path.startsWith('/assets/');
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        ...(body !== raw ? { 'Content-Encoding': 'gzip' } : {}),
        ...(zip ? { Vary: 'Accept-Encoding' } : {}),
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...(extname(file) === '.html' ? { 'Content-Security-Policy': CSP } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
}
