/** Bounds for paging iterators: a server's `next` links must lead somewhere, and not forever. */
import { PagingError } from './errors.js';
import { safeUrl, scrubUrls } from './redact.js';

/** The most pages one iteration requests by default (at the vendors' 1000 a page: a million items). */
export const DEFAULT_MAX_PAGES = 1000;

export interface PagingLimits {
  /** The most pages one iteration may request (default 1000). */
  maxPages?: number;
  /** Redacts secrets from a page key before it is quoted in a message (default: URL userinfo and query dropped). */
  scrub?: (text: string) => string;
}

/** What the iterator knows about a page it just received. */
export interface PageInfo {
  /** What identifies the page, e.g. its URL or offset. Two pages with the same key are the same page. */
  key: string;
  /** How many items it holds. */
  items: number;
  /** Whether it links to another page. */
  hasNext: boolean;
}

/**
 * One guard per iteration. Call it with every page as it arrives, before yielding its items or asking for the
 * next: it throws a `PagingError` when the server's paging would never end —
 * - `empty-page`: a page with no items links onward (a caller's `break` never runs, since nothing is yielded);
 * - `repeated-page`: a page key seen before (a loop);
 * - `page-limit`: page `maxPages` links onward (at most `maxPages` requests per iteration).
 */
export function pagingGuard(limits: PagingLimits = {}): (page: PageInfo) => void {
  const maxPages = limits.maxPages ?? DEFAULT_MAX_PAGES;
  if (!(maxPages >= 1)) throw new RangeError('maxPages must be ≥ 1');
  const scrub = limits.scrub ?? scrubUrls;
  const seen = new Set<string>();
  let pages = 0;
  const stop = (reason: 'empty-page' | 'repeated-page' | 'page-limit', why: string): never => {
    throw new PagingError(`paging stopped after ${pages} page${pages === 1 ? '' : 's'}: ${why}`, { reason, pages });
  };
  return ({ key, items, hasNext }) => {
    pages++;
    if (seen.has(key)) stop('repeated-page', `page ${quote(key, scrub)} was already received (the server's links loop)`);
    seen.add(key);
    if (hasNext && items === 0) stop('empty-page', `page ${quote(key, scrub)} is empty but links to another`);
    if (hasNext && pages >= maxPages) stop('page-limit', `the limit of ${maxPages} pages was reached and the server has more`);
  };
}

/** A key as it may appear in a message: a URL loses userinfo, query and fragment, then the caller's scrub; at most 200 characters. */
function quote(key: string, scrub: (text: string) => string): string {
  const text = scrub(/^[a-z][a-z0-9+.-]*:\/\//i.test(key) ? safeUrl(key) : key);
  return `"${text.length > 200 ? `${text.slice(0, 199)}…` : text}"`;
}
