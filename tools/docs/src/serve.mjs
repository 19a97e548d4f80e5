// @ts-check
// Serves a built site folder on localhost (used by `session-apis-docs preview` and by the browser test).
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * @param {string} dir
 * @param {{ port?: number, host?: string }} [options]  port 0 (default) picks a free port
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serveSite(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const handler = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  }));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('server has no TCP address'));
      // A literal address: "localhost" may resolve to ::1 first while the server listens on 127.0.0.1.
      const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolvePromise({
        url: `http://${urlHost}:${address.port}/`,
        port: address.port,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
