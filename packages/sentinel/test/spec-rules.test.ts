/** Arguments checked by the spec's own rules (codegen's CONSTRAINTS), before any request. */
import { describe, expect, it } from 'vitest';
import { forbiddenFetch, recordingFetch, rejection } from '@session-apis/test-kit';
import { InvalidInputError, createSentinelClient } from '../src/index.js';

describe('rules from the spec', () => {
  const fetch = forbiddenFetch();
  const client = createSentinelClient({ baseUrl: 'https://sentinel.example.com:8443', token: 't', fetch });

  it.each<[string, () => unknown, string, string]>([
    ['start without a zone', () => client.updateUserSession('k', { start: '2012-04-25T13:33:44' }), 'start', 'date-time'],
    ['start as a date only', () => client.updateUserSession('k', { start: '2012-04-25' }), 'start', 'date-time'],
    ['start as epoch millis', () => client.updateUserSession('k', { start: 1335360824727 as never }), 'start', 'type'],
    ['preauthorize without a path', () => client.preauthorize(undefined as never, 'GET'), 'path', 'required'],
    ['userSessions with a page', () => client.userSessions({ page: 2 } as never), 'page', 'known-parameter'],
  ])('%s → %s (%s)', async (_name, run, field, rule) => {
    const err = await rejection(run);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect(err).toMatchObject({ field, rule });
    expect(fetch.calls).toBe(0);
  });

  it('a date-time with milliseconds and a zone is sent', async () => {
    const sent = recordingFetch({ inner: async () => new Response(null, { status: 200 }) });
    const recording = createSentinelClient({ baseUrl: 'https://sentinel.example.com:8443', token: 't', fetch: sent });
    await recording.updateUserSession('k', { start: '2012-04-25T13:33:44.727Z', 'session-type': 'LEGACY' });
    expect(sent.sent.map((r) => r.body)).toEqual(['{"start":"2012-04-25T13:33:44.727Z","session-type":"LEGACY"}']);
  });
});
