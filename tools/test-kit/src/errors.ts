import { inspect } from 'node:util';
import { expect } from 'vitest';

/** Fake secrets: tests pass them to the clients and then check that no error, log line or report contains them. */
export const CANARY_TOKEN = 'CANARY-tok-7f3a9c';
export const CANARY_PASSWORD = 'hunter2-CANARY-pw';

/**
 * What `subject` threw: the rejection of a promise, or what a function threw or its promise rejected with.
 * Fails the test when nothing was thrown.
 */
export async function rejection(subject: Promise<unknown> | (() => unknown)): Promise<unknown> {
  let value: unknown;
  try {
    value = await (typeof subject === 'function' ? subject() : subject);
  } catch (err) {
    return err;
  }
  throw new Error(`expected a rejection, but it resolved to ${inspect(value, { depth: 1 })}`);
}

/** Every way an error can be printed or serialised, cause chain included. */
export function renderings(err: unknown): string {
  const parts = [String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true })];
  let cause: unknown = err;
  for (let i = 0; i < 6 && cause instanceof Error; i++) {
    parts.push(cause.message, String(cause), cause.stack ?? '', JSON.stringify(cause) ?? '');
    cause = cause.cause;
  }
  return parts.join('\n');
}

/** Fails when `text` contains any of `secrets` (the two canaries by default). */
export function expectNoSecrets(text: string, secrets: readonly string[] = [CANARY_TOKEN, CANARY_PASSWORD]): void {
  for (const s of secrets) expect(text).not.toContain(s);
}
