// Serves the production build (dist/) on 127.0.0.1 and prints its URL.
// Usage: node scripts/serve.mjs [--port N] [--dir dist]. No dependencies: Node's http only.
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Start a static server; resolves with { server, url } once listening. Port 0 picks a free one. */
export function serve({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) return void res.writeHead(403).end('Forbidden');
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info) {
        // Single-page app: unknown paths get index.html, missing assets a 404.
        if (extname(path)) return void res.writeHead(404).end('Not found');
        file = join(root, 'index.html');
      }
      // one open file for length, validator and body: a corpus.json replaced meanwhile cannot mix them up
      const handle = await open(file);
      info = await handle.stat();
      // size and mtime, like common static servers: hashing a 300 MB corpus per request cost ~0.4 s
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      if (req.headers['if-none-match'] === etag || req.method === 'HEAD') await handle.close();
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': file.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
      });
      if (req.method === 'HEAD') return void res.end();
      // streamed, so the browser starts reading (and drawing) before the last byte is sent
      // pipeline closes the file also when the browser goes away mid-download
      pipeline(handle.createReadStream(), res, () => {});
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      ok({ server, url: `http://${host}:${typeof addr === 'object' && addr ? addr.port : port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.PORT ?? 4173));
  const dir = arg('dir', 'dist');
  serve({ dir, port })
    .catch((e) => {
      if (e.code !== 'EADDRINUSE') throw e;
      console.error(`Port ${port} is busy; using a free one.`);
      return serve({ dir, port: 0 });
    })
    .then(({ url }) => console.log(`Podium is running at ${url}  (Ctrl+C to stop)`));
}
