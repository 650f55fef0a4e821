/**
 * Serves dist/ the way Netlify and Cloudflare Pages do: headers from _headers, 301s from
 * _redirects, /530 → /530/, folders → index.html, and 404.html with status 404.
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 * Used by `npm start` and by the end-to-end tests. Static files only; no directory listings.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const root = resolve(option('dir', 'dist'));
const port = Number(option('port', process.env['PORT'] ?? '4321'));
const host = option('host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Parses Netlify's _headers: a path pattern line, then indented "Name: value" lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** A _headers path pattern: exact, or with `*` matching any run of characters (`/_astro/*`, `/*.json`). */
export function matchesPattern(pattern, path) {
  if (!pattern.includes('*')) return pattern === path;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Parses _redirects: "from to [status]" per line. */
export function parseRedirects(text) {
  const redirects = new Map();
  for (const line of text.split('\n')) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (from && to && !from.startsWith('#')) redirects.set(from, { to, status: Number(status) });
  }
  return redirects;
}

const headerRules = existsSync(join(root, '_headers'))
  ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8'))
  : [];
const redirects = existsSync(join(root, '_redirects'))
  ? parseRedirects(readFileSync(join(root, '_redirects'), 'utf8'))
  : new Map();

function headersFor(path) {
  const headers = {};
  for (const rule of headerRules)
    if (matchesPattern(rule.pattern, path)) Object.assign(headers, rule.headers);
  return headers;
}

function fileFor(path) {
  const candidate = normalize(join(root, decodeURIComponent(path)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined; // no escaping dist/
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/';
  }
  const send = (status, file, extra = {}) => {
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(path),
      ...extra,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const redirect = redirects.get(url.pathname);
  if (redirect) {
    response.writeHead(redirect.status, { Location: redirect.to + url.search, ...headersFor(path) });
    response.end();
    return;
  }
  const file = fileFor(url.pathname);
  if (file && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && url.pathname !== '/') {
    // Like the hosts' "pretty URLs": /530 moves to /530/, so relative links and canonicals agree.
    response.writeHead(301, { Location: `${url.pathname}/${url.search}`, ...headersFor(path) });
    response.end();
    return;
  }
  if (file) send(200, file);
  // A program asking for a missing /X.json gets JSON it can parse, as a host with rewrite rules can do.
  else if (url.pathname.endsWith('.json') && existsSync(join(root, '404.json')))
    send(404, join(root, '404.json'));
  else send(404, join(root, '404.html'));
});

if (import.meta.url === `file://${process.argv[1]}`) {
  // A busy port is a common slip (another `npm start` running): say so in one line, not a stack trace.
  server.on('error', (error) => {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is in use: stop the other server or pick another port, e.g. PORT=4322 npm start`
        : `Cannot serve on ${host}:${port}: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
}
