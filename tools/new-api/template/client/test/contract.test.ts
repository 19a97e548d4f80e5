// Contract test: the client against Prism serving specs/__NAME__ (started by the vitest global setup).
import { AuthenticationError, call } from '@session-apis/client-runtime';
import { responseExample } from '@session-apis/mock/spec';
import { mockApi, mockUrl } from '@session-apis/test-kit';
import { expect, it } from 'vitest';
import { create__PASCAL__Client, __CAMEL__Errors } from '../src/index.js';

const baseUrl = mockUrl();
const api = mockApi();

it('getItem: the response equals the spec example', async () => {
  const client = create__PASCAL__Client({ baseUrl, token: 'test-token' });
  const item = await call(client.GET('/items/{itemId}', { params: { path: { itemId: 'item-0001' } } }), __CAMEL__Errors);
  expect(item).toEqual(await responseExample(api, 'getItem', 200));
});

it('getItem without a token: 401 from the spec', async () => {
  const response = await fetch(`${baseUrl}/items/item-0001`);
  expect(response.status).toBe(401);
});

it('Prefer: code=404 gives the typed vendor error', async () => {
  const client = create__PASCAL__Client({ baseUrl, token: 'test-token' });
  const failure = call(
    client.GET('/items/{itemId}', { params: { path: { itemId: 'item-9999' } }, headers: { Prefer: 'code=404' } }),
    __CAMEL__Errors,
  );
  await expect(failure).rejects.toMatchObject({ status: 404, vendorError: await responseExample(api, 'getItem', 404) });
  await expect(failure).rejects.not.toBeInstanceOf(AuthenticationError);
});
