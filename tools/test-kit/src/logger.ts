import { inspect } from 'node:util';

/** The client runtime's Logger, structurally (the kit depends on no client package). */
export interface Logger {
  debug?(msg: string, meta?: Record<string, unknown>): void;
  warn?(msg: string, meta?: Record<string, unknown>): void;
}

export interface LogLine {
  level: 'debug' | 'warn';
  msg: string;
  meta?: Record<string, unknown>;
}

/** A logger that keeps what it is given: `lines` as received, `text()` all of it rendered (meta in depth). */
export function recordingLogger(): Required<Logger> & { lines: LogLine[]; text(): string } {
  const lines: LogLine[] = [];
  const keep = (level: LogLine['level']) => (msg: string, meta?: Record<string, unknown>) =>
    void lines.push({ level, msg, ...(meta ? { meta } : {}) });
  return {
    lines,
    debug: keep('debug'),
    warn: keep('warn'),
    text: () => lines.map((l) => `${l.level} ${l.msg} ${inspect(l.meta, { depth: 10 })}`).join('\n'),
  };
}
