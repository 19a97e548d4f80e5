// @ts-check
// One row per measured quantity; rows with a target say PASS or MISS and, when missed, by how much.

/**
 * @typedef {object} Target
 * @property {'>=' | '<=' | '<'} op
 * @property {number} limit
 * @property {string} text   e.g. "≥ 0.90× (b)"
 */

/**
 * @typedef {object} Row
 * @property {string} benchmark
 * @property {string} metric
 * @property {number | null} value     null when the measurement failed
 * @property {string} shown            the value formatted for the table
 * @property {string} [target]         the target as text
 * @property {'PASS' | 'MISS' | 'INFO' | 'ERROR'} status
 * @property {string} [note]           by how much a target was missed, or why a measurement failed
 * @property {Record<string, unknown>} [detail]
 */

/**
 * A row without a target.
 * @param {string} benchmark
 * @param {string} metric
 * @param {number | null} value
 * @param {string} shown
 * @param {Record<string, unknown>} [detail]
 * @returns {Row}
 */
export function info(benchmark, metric, value, shown, detail) {
  return { benchmark, metric, value, shown, status: 'INFO', ...(detail ? { detail } : {}) };
}

/**
 * A row checked against a target; a miss carries "by how much" in `note`.
 * @param {string} benchmark
 * @param {string} metric
 * @param {number} value
 * @param {string} shown
 * @param {Target} target
 * @param {Record<string, unknown>} [detail]
 * @returns {Row}
 */
export function checked(benchmark, metric, value, shown, target, detail) {
  const pass = target.op === '>=' ? value >= target.limit : target.op === '<=' ? value <= target.limit : value < target.limit;
  const row = /** @type {Row} */ ({ benchmark, metric, value, shown, target: target.text, status: pass ? 'PASS' : 'MISS', ...(detail ? { detail } : {}) });
  if (!pass) {
    const pct = Math.abs(value / target.limit - 1) * 100;
    row.note = target.op === '>=' ? `short by ${pct.toFixed(1)}% of the target` : `over by ${pct.toFixed(1)}% of the target`;
  }
  return row;
}

/**
 * A measurement that could not be made.
 * @param {string} benchmark
 * @param {string} metric
 * @param {unknown} error
 * @param {string} [target]
 * @returns {Row}
 */
export function failed(benchmark, metric, error, target) {
  const message = error instanceof Error ? error.message : String(error);
  const note = message.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' ').slice(0, 240);
  return { benchmark, metric, value: null, shown: 'n/a', status: 'ERROR', note, ...(target ? { target } : {}) };
}

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

export const fmt = {
  /** @param {number} ms */
  ms: (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`),
  /** @param {number} mb */
  mb: (mb) => `${Math.round(mb)} MB`,
  /** @param {number} x */
  ratio: (x) => `${x.toFixed(2)}×`,
  /** @param {number} ops */
  ops: (ops) => (ops >= 10_000 ? `${Math.round(ops / 1000)}k ops/s` : `${Math.round(ops)} ops/s`),
  /** @param {number} bytes */
  kb: (bytes) => `${(bytes / 1024).toFixed(2)} kB`,
};

/**
 * The rows as a Markdown table (it reads fine in a terminal too).
 * @param {Row[]} rows
 */
export function renderTable(rows) {
  const header = ['Benchmark', 'Measure', 'Result', 'Target', 'Status'];
  const body = rows.map((r) => [
    r.benchmark,
    r.metric,
    r.shown,
    r.target ?? '',
    r.status === 'INFO' ? '' : r.note ? `${r.status} (${r.note})` : r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
