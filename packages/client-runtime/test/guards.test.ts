/** checkPathSegment and pagingGuard: the two shared guards every client applies to path parameters and paging. */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidResponseError, PagingError, pagingGuard } from '../src/index.js';
import { checkPathSegment } from '../src/internal.js';
import { CANARY_TOKEN, rejection, renderings } from '@session-apis/test-kit';

/** The InvalidInputError checkPathSegment throws for `value` (fails the test when it accepts it). */
async function refusal(value: unknown): Promise<InvalidInputError> {
  const err = await rejection(() => checkPathSegment('sessionKey', value));
  expect(err).toBeInstanceOf(InvalidInputError);
  return err as InvalidInputError;
}

describe('checkPathSegment', () => {
  it.each([
    '31_24',
    '79600390-9B73-102E-A3E2-001676E4A757',
    'a.b',
    '.hidden',
    'x..y',
    'with space',
    'ünïcödé',
    '%41%42', // escapes of ordinary characters are fine
    '100%', // a lone % is not an escape
  ])('accepts %j and returns it unchanged', (value) => {
    expect(checkPathSegment('sessionKey', value)).toBe(value);
  });

  it.each([
    ['', 'empty'],
    ['.', 'the current collection'],
    ['..', 'the parent'],
    ['...', 'dots only (IIS trims trailing dots)'],
    ['.. ', 'trailing space (IIS trims it)'],
    ['%2e', 'encoded .'],
    ['%2e%2e', 'encoded ..'],
    ['%2E%2E', 'encoded .. in upper case'],
    ['.%2e', 'half-encoded ..'],
    ['%252e%252e', 'double-encoded ..'],
    ['%u002e%u002e', "IIS's %u form of .."],
    ['%c0%ae%c0%ae', 'overlong UTF-8 ..'],
    ['a/b', 'a slash'],
    ['../x', 'a climb'],
    ['a%2fb', 'an encoded slash'],
    ['a%2Fb', 'an encoded slash, upper case'],
    ['a\\b', 'a backslash'],
    ['a%5cb', 'an encoded backslash'],
    ['a\u0000b', 'NUL'],
    ['a%00b', 'encoded NUL'],
    ['a\nb', 'a line feed'],
    ['a%0d%0ab', 'encoded CRLF'],
    ['a\u007fb', 'DEL'],
  ])('rejects %j (%s) with InvalidInputError naming the field', async (value) => {
    const err = await refusal(value);
    expect(err.field).toBe('sessionKey');
    expect(err.rule).toBe('path-segment');
    expect(err.message).toContain('sessionKey');
  });

  it('rejects a non-string with rule "type"', async () => {
    for (const value of [undefined, null, 42, {}, ['a']]) expect((await refusal(value)).rule).toBe('type');
  });

  it('never quotes the value (it may be a secret)', async () => {
    expect(renderings(await refusal(`${CANARY_TOKEN}/x`))).not.toContain(CANARY_TOKEN);
  });
});

describe('pagingGuard', () => {
  const page = (key: string, items = 10, hasNext = true) => ({ key, items, hasNext });

  function stopped(run: () => void): PagingError {
    try {
      run();
    } catch (err) {
      expect(err).toBeInstanceOf(PagingError);
      expect(err).toBeInstanceOf(InvalidResponseError);
      return err as PagingError;
    }
    throw new Error('the guard did not stop');
  }

  it('lets ordinary paging through, an empty last page included', () => {
    const guard = pagingGuard();
    for (let i = 1; i < 50; i++) guard(page(`https://s/objects?page=${i}`));
    guard(page('https://s/objects?page=50', 0, false));
  });

  it('accepts a single empty page (nothing found)', () => {
    pagingGuard()(page('p1', 0, false));
  });

  it('stops on an empty page that links onward', () => {
    const guard = pagingGuard();
    guard(page('p1'));
    const err = stopped(() => guard(page('p2', 0, true)));
    expect(err.reason).toBe('empty-page');
    expect(err.pages).toBe(2);
    expect(err.message).toMatch(/empty but links to another/);
  });

  it('stops on a repeated page key (a loop), even with items', () => {
    const guard = pagingGuard();
    guard(page('p1'));
    guard(page('p2'));
    const err = stopped(() => guard(page('p1')));
    expect(err.reason).toBe('repeated-page');
    expect(err.message).toMatch(/already received/);
  });

  it('stops when page maxPages links onward: at most maxPages requests', () => {
    const guard = pagingGuard({ maxPages: 3 });
    guard(page('p1'));
    guard(page('p2'));
    const err = stopped(() => guard(page('p3')));
    expect(err.reason).toBe('page-limit');
    expect(err.pages).toBe(3);
    expect(err.message).toMatch(/limit of 3 pages/);
  });

  it('page maxPages may be the last one', () => {
    const guard = pagingGuard({ maxPages: 2 });
    guard(page('p1'));
    guard(page('p2', 5, false));
  });

  it('has a default page limit of 1000', () => {
    const guard = pagingGuard();
    for (let i = 1; i < 1000; i++) guard(page(`p${i}`));
    expect(stopped(() => guard(page('p1000'))).reason).toBe('page-limit');
  });

  it('refuses a nonsensical limit', () => {
    expect(() => pagingGuard({ maxPages: 0 })).toThrow(RangeError);
    expect(() => pagingGuard({ maxPages: Number.NaN })).toThrow(RangeError);
  });

  it('quotes URL keys without userinfo, query or secrets', () => {
    const guard = pagingGuard({ scrub: (t) => t.replaceAll(CANARY_TOKEN, '[redacted]') });
    const key = `https://user:${CANARY_TOKEN}@s/${CANARY_TOKEN}/objects?token=${CANARY_TOKEN}`;
    guard(page(key));
    const err = stopped(() => guard(page(key)));
    expect(renderings(err)).not.toContain(CANARY_TOKEN);
    expect(err.message).toContain('https://s/[redacted]/objects');
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ name: 'PagingError', reason: 'repeated-page', pages: 2 });
  });
});
