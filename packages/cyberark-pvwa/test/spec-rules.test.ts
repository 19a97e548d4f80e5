/** listLiveSessions' query is checked by the spec's own rules (codegen's CONSTRAINTS), before any request. */
import { describe, expect, it } from 'vitest';
import { loadSpec } from '@session-apis/mock/spec';
import { forbiddenFetch, rejection } from '@session-apis/test-kit';
import { InvalidInputError, LOGON_TYPES, createPvwaClient } from '../src/index.js';

const BASE = 'https://pvwa.example.com/PasswordVault';

describe('query rules from the spec', () => {
  const stub = forbiddenFetch();
  const client = createPvwaClient({ baseUrl: BASE, token: 't', fetch: stub });

  it('Sort: a value outside the spec’s enum is refused, naming the field', async () => {
    for (const Sort of ['Nonsense', 'riskscore', '--RiskScore']) {
      const err = await rejection(client.listLiveSessions({ Sort: Sort as never }));
      expect(err).toBeInstanceOf(InvalidInputError);
      expect(err).toMatchObject({ field: 'Sort', rule: 'enum' });
    }
    const err = await rejection(() => client.liveSessions({ Limit: 0 }));
    expect(err).toMatchObject({ field: 'Limit', rule: 'minimum' });
    expect(stub.calls).toBe(0);
  });

  it('every Sort value of the spec is sent', async () => {
    const spec = await loadSpec('cyberark-pvwa');
    const sent: string[] = [];
    const recording = createPvwaClient({
      baseUrl: BASE,
      token: 't',
      fetch: async (request) => {
        sent.push(new URL(request.url).searchParams.get('Sort') ?? '');
        return Response.json({ LiveSessions: [], Total: 0 });
      },
    });
    const values: string[] = spec.components.parameters.Sort.schema.enum;
    for (const Sort of values) await recording.listLiveSessions({ Sort: Sort as never });
    expect(sent).toEqual(values);
  });

  it('LOGON_TYPES is the spec’s LogonType enum', async () => {
    const spec = await loadSpec('cyberark-pvwa');
    expect(LOGON_TYPES).toEqual(spec.components.schemas.LogonType.enum);
  });
});
