// @ts-check
// Reference peers for the client-overhead benchmarks: well-known HTTP clients with retries and timeouts, each
// configured like ours (30 s timeout per attempt, 2 retries on the same statuses, JSON body) making the same GET
// with the same headers. They are reference rows, not targets: they show what a client with these features can
// cost. ofetch and ky run on fetch (stubbed in-process, Node's fetch over loopback); got runs on node:http, so it
// only appears over loopback. Option names are those of ofetch 1.5, ky 1.x and got 14 (see their READMEs).
import got from 'got';
import ky from 'ky';
import { ofetch } from 'ofetch';

/** What ours is configured with too (scenario.mjs), so every client retries and times out alike. */
export const POLICY = Object.freeze({ timeoutMs: 30_000, retries: 2, statuses: Object.freeze([408, 429, 502, 503, 504]) });

/**
 * @typedef {(input: any, init?: any) => Promise<Response>} AnyFetch
 * @typedef {() => Promise<unknown>} Call
 * @typedef {object} Peer
 * @property {string} name
 * @property {boolean} fetchBased   false: it has its own HTTP stack and cannot use a stubbed fetch
 * @property {(url: string, headers: Record<string, string>, fetch: AnyFetch | undefined) => Call} make
 */

/** @type {Peer[]} */
export const PEERS = [
  {
    name: 'ofetch',
    fetchBased: true,
    make: (url, headers, fetch) => {
      const client = ofetch.create(
        { headers, timeout: POLICY.timeoutMs, retry: POLICY.retries, retryStatusCodes: [...POLICY.statuses], responseType: 'json' },
        fetch ? { fetch } : {},
      );
      return () => client(url);
    },
  },
  {
    name: 'ky',
    fetchBased: true,
    make: (url, headers, fetch) => {
      const client = ky.create({
        headers,
        timeout: POLICY.timeoutMs,
        retry: { limit: POLICY.retries, statusCodes: [...POLICY.statuses] },
        ...(fetch ? { fetch } : {}),
      });
      return () => client.get(url).json();
    },
  },
  {
    name: 'got',
    fetchBased: false,
    make: (url, headers) => {
      const client = got.extend({
        headers,
        timeout: { request: POLICY.timeoutMs },
        retry: { limit: POLICY.retries, statusCodes: [...POLICY.statuses] },
        responseType: 'json',
        resolveBodyOnly: true,
      });
      return () => client.get(url);
    },
  },
];
