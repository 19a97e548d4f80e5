// The kit's own promises, checked with the global fetch: what a Reply sends, each fault as a client sees it, and
// the helpers that capture errors and calls. A kit that silently did less would make every suite using it weaker.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, type TestServer, captureIo, forbiddenFetch, recordingFetch, recordingLogger, rejection, sendJson, startServer } from '../src/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res): Reply | ServerResponse => {
    switch (req.path) {
      case '/json':
        return { status: 201, headers: { 'X-Id': '7' }, body: { ok: true, hit: req.hit } };
      case '/text':
        return { headers: { 'Content-Type': 'text/plain' }, body: 'plain' };
      case '/bytes':
        return { body: new Uint8Array([0, 255]) };
      case '/echo':
        sendJson(res, 200, { method: req.method, body: req.body, authorization: req.authorization ?? null });
        return res;
      case '/slow':
        return { delayMs: 150, body: 'late' };
      case '/reset':
        return { fault: 'reset' };
      case '/hang':
        return { fault: 'hang' };
      case '/cut':
        return { fault: { cutAfter: 5 }, body: { a: 'long enough to be cut' } };
      default:
        throw new Error('no route');
    }
  });
});
afterAll(() => server.close());

describe('startServer', () => {
  it('sends objects as JSON, strings as text, bytes as bytes; status and headers as given', async () => {
    const json = await fetch(`${server.url}/json`);
    expect([json.status, json.headers.get('content-type'), json.headers.get('x-id')]).toEqual([201, 'application/json', '7']);
    expect(await json.json()).toEqual({ ok: true, hit: 1 });
    expect(await (await fetch(`${server.url}/text`)).text()).toBe('plain');
    expect([...new Uint8Array(await (await fetch(`${server.url}/bytes`)).arrayBuffer())]).toEqual([0, 255]);
  });

  it('records every request with its body; hit and count are per path; emptying requests starts them again', async () => {
    server.requests.length = 0;
    await fetch(`${server.url}/echo?x=1`, { method: 'POST', body: 'b1', headers: { Authorization: 'T' } });
    const second = await (await fetch(`${server.url}/echo`, { method: 'POST', body: 'b2' })).json();
    expect(second).toEqual({ method: 'POST', body: 'b2', authorization: null });
    expect(server.requests.map((r) => [r.url, r.path, r.body, r.authorization, r.hit])).toEqual([
      ['/echo?x=1', '/echo', 'b1', 'T', 1],
      ['/echo', '/echo', 'b2', undefined, 2],
    ]);
    expect([server.count('/echo'), server.count(/x=1/), server.count('/json')]).toEqual([2, 1, 0]);
  });

  it('a handler that throws answers 599 with the error', async () => {
    const res = await fetch(`${server.url}/nowhere`);
    expect(res.status).toBe(599);
    expect(await res.text()).toContain('no route');
  });

  it('delayMs answers late', async () => {
    const started = Date.now();
    expect(await (await fetch(`${server.url}/slow`)).text()).toBe('late');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('faults: reset fails the fetch, hang never answers, cutAfter breaks the body after its first bytes', async () => {
    expect(await rejection(fetch(`${server.url}/reset`))).toBeInstanceOf(TypeError);
    expect(await rejection(fetch(`${server.url}/hang`, { signal: AbortSignal.timeout(200) }))).toMatchObject({ name: 'TimeoutError' });
    const cut = await fetch(`${server.url}/cut`);
    expect(cut.status).toBe(200);
    expect(Number(cut.headers.get('content-length'))).toBeGreaterThan(5);
    expect(await rejection(cut.text())).toBeInstanceOf(TypeError);
  });
});

describe('fetch stand-ins, logger and rejection', () => {
  it('recordingFetch records what was sent (path and query, whole URL, headers, body) and sends it', async () => {
    const recorder = recordingFetch({ prefer: () => 'code=404' });
    const res = await recorder(new Request(`${server.url}/echo?q=1`, { method: 'POST', body: 'x', headers: { Authorization: 'A' } }));
    expect(res.status).toBe(200);
    expect(recorder.sent).toEqual([
      { method: 'POST', url: '/echo?q=1', href: `${server.url}/echo?q=1`, authorization: 'A', accept: null, prefer: 'code=404', body: 'x' },
    ]);
  });

  it('forbiddenFetch counts the calls and fails each', async () => {
    const f = forbiddenFetch();
    expect(await rejection(f(new Request('http://127.0.0.1:1/')))).toBeInstanceOf(Error);
    expect(f.calls).toBe(1);
  });

  it('recordingLogger keeps lines and renders metadata in depth', () => {
    const logger = recordingLogger();
    logger.debug('a', { deep: { er: { still: 'visible' } } });
    logger.warn('b');
    expect(logger.lines.map((l) => `${l.level} ${l.msg}`)).toEqual(['debug a', 'warn b']);
    expect(logger.text()).toContain("still: 'visible'");
  });

  it('rejection: a rejected promise, a function that throws or rejects; a resolution fails', async () => {
    const boom = new Error('boom');
    expect(await rejection(Promise.reject(boom))).toBe(boom);
    expect(
      await rejection(() => {
        throw boom;
      }),
    ).toBe(boom);
    expect(await rejection(async () => Promise.reject(boom))).toBe(boom);
    expect(String(await rejection(rejection(Promise.resolve(42))))).toContain('resolved to 42');
  });
});

describe('captureIo', () => {
  it("keeps everything written to each sink, apart, and passes the folder on", () => {
    const { io, stdout, stderr } = captureIo('/some/repo');
    io.stdout.write('one\n');
    io.stderr.write('problem\n');
    io.stdout.write('two\n');
    expect({ cwd: io.cwd, stdout: stdout(), stderr: stderr() }).toEqual({ cwd: '/some/repo', stdout: 'one\ntwo\n', stderr: 'problem\n' });
  });
});
