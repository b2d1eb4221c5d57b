/**
 * A tiny static file server for dist/, bound to 127.0.0.1 only. Used by the browser tests and by
 * `npm run bench`. Like a real static host it negotiates brotli/gzip (cached per file), sends the
 * right MIME types and marks Vite's hashed assets immutable, so transfer sizes measured against it
 * are what readers would download. Compression runs on libuv's thread pool, so a large file being
 * compressed for the first time does not hold up every other response.
 */
import { createServer, type Server } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg)/;

export interface ServeOptions {
  /** Negotiate br/gzip like a real host (default true). */
  compress?: boolean;
  /**
   * Compress every file before the server answers (the bench): a real host serves its files
   * compressed ahead, while compressing on the first request adds its time to that response, and
   * Lighthouse's simulation reads the observed server time into the page's first run.
   */
  precompress?: boolean;
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

function encodingFor(
  type: string,
  acceptEncoding: string,
  compress: boolean,
): 'br' | 'gzip' | null {
  if (!compress || !COMPRESSIBLE.test(type)) return null;
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function encode(raw: Buffer, enc: 'br' | 'gzip' | null): Promise<Buffer> {
  if (enc === 'br') return brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  if (enc === 'gzip') return gzipAsync(raw, { level: 9 });
  return Promise.resolve(raw);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Serve `dir` on 127.0.0.1; port 0 (the default) picks a free port. */
export async function serveDir(
  dir: string,
  port = 0,
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const compress = options.compress ?? true;
  // Promises, so two requests for a file not compressed yet share one compression.
  const cache = new Map<string, Promise<Buffer>>();
  const body = (file: string, enc: 'br' | 'gzip' | null): Promise<Buffer> => {
    const key = `${file}|${enc ?? ''}`;
    let cached = cache.get(key);
    if (!cached) {
      cached = readFile(file).then((raw) => encode(raw, enc));
      cache.set(key, cached);
      // A failed read is not remembered: the next request tries the file again.
      cached.catch(() => cache.delete(key));
    }
    return cached;
  };
  if (options.precompress && compress) {
    const files = await filesUnder(root);
    const compressible = files.filter((f) =>
      COMPRESSIBLE.test(MIME_TYPES[extname(f).toLowerCase()] ?? ''),
    );
    await Promise.all(compressible.flatMap((f) => [body(f, 'br'), body(f, 'gzip')]));
  }

  async function resolveFile(urlPath: string): Promise<string | null> {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
    } catch {
      return null;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      return (await stat(file)).isFile() ? file : null;
    } catch {
      return null;
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const file = await resolveFile(req.url ?? '/');
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const enc = encodingFor(type, String(req.headers['accept-encoding'] ?? ''), compress);
      const content = await body(file, enc);
      const headers: Record<string, string | number> = {
        'content-type': type,
        'content-length': content.length,
        vary: 'accept-encoding',
        'cache-control': /\/assets\/.*-[\w-]{8,}\./.test(req.url ?? '')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      };
      if (enc) headers['content-encoding'] = enc;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : content);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
