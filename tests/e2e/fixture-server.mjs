// Serves tests/fixtures/pages on 127.0.0.1 only. A page may declare response
// headers in a sibling `<name>.headers.json` (used for the strict-CSP page).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const root = join(import.meta.dirname, '..', 'fixtures', 'pages');
const port = Number(process.argv[2] ?? 4517);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/health') return res.end('ok');
  // Client-side routes of the single-page-app fixture all serve its shell.
  const file = normalize(join(root, path.startsWith('/spa/') ? '/spa.html' : path));
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404);
    return res.end('not found');
  }
  const headersFile = file + '.headers.json';
  const extra = existsSync(headersFile) ? JSON.parse(readFileSync(headersFile, 'utf8')) : {};
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    ...extra,
  });
  res.end(readFileSync(file));
}).listen(port, '127.0.0.1');
