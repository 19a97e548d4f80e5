// @ts-check
// Preloaded with `node --import` into every child step: on exit it appends the process's own resource usage
// (peak RSS, CPU time) to the file named by BENCH_USAGE_FILE, so memory is measured per step and per process
// without an external tool.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, maxRssKb: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime })}\n`);
  });
}
