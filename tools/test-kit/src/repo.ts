// Throw-away git repositories for the tests of tools that read git history (spec-diff, changeset check, docs
// changes page) or a repository layout (dev, codegen).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

/**
 * Runs git in `cwd` and returns its stdout; a fixed identity, no signing, no hooks and `main` as the first branch,
 * whatever the user's git configuration says.
 */
export function git(cwd: string, ...args: string[]): string {
  const config = ['user.name=Test', 'user.email=test@example.invalid', 'commit.gpgsign=false', 'tag.gpgsign=false', 'core.hooksPath=/dev/null', 'init.defaultBranch=main'];
  return execFileSync('git', [...config.flatMap((c) => ['-c', c]), ...args], { cwd, encoding: 'utf8' });
}

/** Writes files below `root` (folders made as needed): path → text, or a value written as JSON (`.json`) or YAML. */
export function writeFiles(root: string, files: Record<string, unknown>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    const text = typeof content === 'string' ? content : name.endsWith('.json') ? JSON.stringify(content, null, 2) : stringify(content);
    writeFileSync(join(root, name), text);
  }
}

/** Stages everything and commits it. */
export function commitAll(repo: string, message: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
}
