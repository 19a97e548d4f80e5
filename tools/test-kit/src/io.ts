// The I/O a command function takes (codegen's runCodegen, spec-diff's runSpecDiff, conformance's main, new-api's
// runNewApi, the release changeset check): where it runs, and two sinks with write(). A CLI passes process.cwd() and process.stdout/stderr;
// a test passes these, which keep what was written.

/** A command's I/O: the folder it runs in and where it writes. */
export interface CommandIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** I/O for a command run in a test: `stdout()` and `stderr()` return all that was written to each. */
export function captureIo(cwd: string = process.cwd()): { io: CommandIo; stdout(): string; stderr(): string } {
  let out = '';
  let err = '';
  return {
    io: { cwd, stdout: { write: (text) => (out += text) }, stderr: { write: (text) => (err += text) } },
    stdout: () => out,
    stderr: () => err,
  };
}
