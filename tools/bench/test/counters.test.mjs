// @ts-check
// The object counters count real objects, whoever makes them — fetch's internal copies included.
import { describe, expect, it } from 'vitest';
import { installCounters } from '../src/client/counters.mjs';

const counter = installCounters();
/** @param {() => unknown} make */
async function count(make) {
  counter.reset();
  await make();
  return { ...counter.counts };
}

describe('installCounters', () => {
  it('counts Requests however they are made, and the AbortController each one makes', async () => {
    const made = await count(() => {
      const request = new Request('http://counted.invalid/a');
      new Request(request, { headers: { a: 'b' } });
      request.clone();
    });
    expect(made).toMatchObject({ Request: 3, Response: 0, AbortController: 3, AbortSignal: 3 });
  });

  it('counts Responses, clones included', async () => {
    expect(await count(() => new Response('{}').clone())).toMatchObject({ Request: 0, Response: 2, AbortController: 0 });
  });

  it('counts the Request and Response fetch makes inside, not only those made through the globals', async () => {
    // A data: URL is answered by fetch itself, no network: fetch(url) makes one Request and one Response.
    const made = await count(async () => (await fetch('data:application/json,{}')).json());
    expect(made).toMatchObject({ Request: 1, Response: 1 });
    expect(counter.method).toBe('state-symbol setter');
  });

  it('counts AbortSignals from AbortController and from the static factories, and every timer', async () => {
    const made = await count(() => {
      new AbortController();
      const timeout = AbortSignal.timeout(60_000);
      AbortSignal.any([timeout]);
      AbortSignal.abort();
      clearTimeout(setTimeout(() => {}, 60_000));
    });
    expect(made).toEqual({ Request: 0, Response: 0, AbortController: 1, AbortSignal: 4, timers: 2 });
  });
});
