// @ts-check
// Counts the objects a client creates per call — Request, Response, AbortController, AbortSignal, timers — by
// hooking where they are made, in a process that only counts (count-objects.mjs): the hooks cost time, so the
// timed runs never have them. Every object is counted whoever makes it, fetch's own internal copies included:
//   Request, Response   undici's classes (Node's fetch) store their state under a `state` symbol, set once in
//                       every construction path (constructor, clone, fetch's internal copies); a setter on the
//                       prototype for that symbol counts each new object once. Where that symbol is missing
//                       (another undici), the global constructors are wrapped instead, which sees only the
//                       objects made through `globalThis.Request`/`Response` (method: 'global constructors').
//   AbortController     the global is replaced by a counting subclass (undici and the clients look it up at run
//                       time, so install before importing any client); each one also makes one AbortSignal.
//   AbortSignal         AbortSignal.timeout/any/abort are wrapped on the class itself, so Node's callers see them.
//   timers              every `Timeout` Node creates (setTimeout, setInterval, AbortSignal.timeout), from
//                       async_hooks.
import { createHook } from 'node:async_hooks';

export const KINDS = /** @type {const} */ (['Request', 'Response', 'AbortController', 'AbortSignal', 'timers']);
/** @typedef {Record<(typeof KINDS)[number], number>} Counts */

/**
 * Installs the hooks (once per process) and returns the live counts.
 * @returns {{ counts: Counts, method: string, reset: () => void }}
 */
export function installCounters() {
  /** @type {Counts} */
  const counts = { Request: 0, Response: 0, AbortController: 0, AbortSignal: 0, timers: 0 };
  const viaState = countByStateSymbol(Request, () => new Request('http://counted.invalid/'), () => counts.Request++) &&
    countByStateSymbol(Response, () => new Response(''), () => counts.Response++);
  if (!viaState) {
    globalThis.Request = countingSubclass(Request, () => counts.Request++);
    globalThis.Response = countingSubclass(Response, () => counts.Response++);
  }
  globalThis.AbortController = countingSubclass(AbortController, () => {
    counts.AbortController++;
    counts.AbortSignal++;
  });
  for (const name of /** @type {const} */ (['timeout', 'any', 'abort'])) {
    const original = /** @type {(...args: any[]) => AbortSignal} */ (AbortSignal[name]);
    if (typeof original !== 'function') continue;
    Object.defineProperty(AbortSignal, name, {
      configurable: true,
      writable: true,
      value: /** @param {any[]} args */ (...args) => {
        counts.AbortSignal++;
        return original.apply(AbortSignal, args);
      },
    });
  }
  createHook({
    init(_id, type) {
      if (type === 'Timeout') counts.timers++;
    },
  }).enable();
  const reset = () => {
    for (const kind of KINDS) counts[kind] = 0;
  };
  return { counts, method: viaState ? 'state-symbol setter' : 'global constructors', reset };
}

/**
 * Counts every instance of `Ctor` through a prototype setter for its `state` symbol; checks that one
 * construction counts exactly once, and removes the setter (returning false) when it does not.
 * @param {Function} Ctor
 * @param {() => unknown} make
 * @param {() => void} onCreate
 */
function countByStateSymbol(Ctor, make, onCreate) {
  const state = Object.getOwnPropertySymbols(make()).find((s) => s.description === 'state');
  if (!state) return false;
  let seen = 0;
  Object.defineProperty(Ctor.prototype, state, {
    configurable: true,
    set(value) {
      seen++;
      onCreate();
      Object.defineProperty(this, state, { value, writable: true, configurable: true, enumerable: false });
    },
  });
  make();
  if (seen === 1) return true;
  delete Ctor.prototype[/** @type {any} */ (state)];
  return false;
}

/**
 * @template {new (...args: any[]) => any} C
 * @param {C} Base
 * @param {() => void} onCreate
 * @returns {C}
 */
function countingSubclass(Base, onCreate) {
  const Counted = class extends Base {
    /** @param {any[]} args */
    constructor(...args) {
      super(...args);
      onCreate();
    }
  };
  Object.defineProperty(Counted, 'name', { value: Base.name });
  return Counted;
}
