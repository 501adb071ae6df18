// Serves the demo (http://localhost:8000): the project root as static files, `/` → `demo/`.
// No dependencies, so `npm start` works right after `npm install`. Used by the e2e tests and Lighthouse too.
// `npm start` compresses text responses as real static hosts do (`GZIP=0 npm start`: files as they are).
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The strict policy of `demo/csp.html`, sent as a header too (meta tags cannot carry every directive). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

function resolvePath(urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  // Never serve anything outside the project, nor its dependencies' or git's internals by accident.
  if (!file.startsWith(ROOT + sep)) return undefined;
  return file;
}

/**
 * Starts the server; resolves with its base URL. `gzip`: compress text responses for clients that
 * accept it, as any real static host does (Lighthouse runs with `--gzip`).
 */
export function serve({ port = 8000, host = '127.0.0.1', quiet = false, gzip = false } = {}) {
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?')) {
      // The demo pages use relative URLs (../dist/, data/), so they live under /demo/.
      response.writeHead(302, { Location: `/demo/${request.url.slice(1)}` }).end();
      return;
    }
    let file;
    try {
      file = resolvePath(request.url ?? '/');
    } catch {
      file = undefined;
    }
    let stats;
    try {
      stats = file ? statSync(file) : undefined;
      if (stats?.isDirectory()) {
        response.writeHead(301, { Location: `${request.url?.split('?')[0]}/` }).end();
        return;
      }
    } catch {
      stats = undefined;
    }
    if (!file || !stats) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stats.size,
      'Cache-Control': 'no-cache',
      'Last-Modified': stats.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    };
    if (file.endsWith(`${sep}csp.html`)) headers['Content-Security-Policy'] = STRICT_CSP;
    if (request.headers['if-modified-since'] === headers['Last-Modified']) {
      response.writeHead(304, headers).end();
      return;
    }
    if (
      gzip &&
      /^(text\/|application\/(json|geo\+json)|image\/svg)/.test(headers['Content-Type']) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      const body = gzipSync(readFileSync(file));
      response.writeHead(200, {
        ...headers,
        'Content-Length': body.length,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`;
      if (!quiet) console.log(`Etalase demo: ${url}  (Ctrl+C to stop)`);
      resolvePromise({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  // Compressed, as real static hosts serve (GZIP=0 serves the files as they are).
  const gzip = process.env.GZIP !== '0';
  serve({ port, host: process.env.HOST ?? '127.0.0.1', gzip }).catch((error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use: run with PORT=8001 npm start`
        : error.message,
    );
    process.exit(1);
  });
}
