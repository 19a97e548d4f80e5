// @ts-check
// The loopback server for benchmark 2, run as a child process (a second core serves while the first one
// measures): answers GET <path> with a fixed JSON body per route, 404 otherwise. It stops by itself when the
// parent goes away (IPC disconnect), after 30 s without a request, or after 10 minutes in any case.
import { createServer } from 'node:http';

/** @type {Record<string, string>} path → JSON body */
const routes = JSON.parse(process.argv[2] ?? '{}');
const bodies = new Map(Object.entries(routes).map(([path, body]) => [path, Buffer.from(body)]));

let idle = setTimeout(() => process.exit(0), 30_000);
const server = createServer((req, res) => {
  clearTimeout(idle);
  idle = setTimeout(() => process.exit(0), 30_000);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const body = req.method === 'GET' ? bodies.get(path) : undefined;
  req.resume(); // drain any request body
  if (!body) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `no route ${req.method} ${path}` }));
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength }).end(body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(0), 10 * 60_000).unref();
