// The one set of test helpers of the workspace, imported by every suite as TypeScript source (vitest compiles it;
// each package's tsc --noEmit checks it with the package's own settings).
export { type Handler, type Received, type Reply, type TestServer, sendJson, startServer } from './server.js';
export { type FetchLike, type Sent, forbiddenFetch, preferring, recordingFetch, withoutAuthorization } from './fetch.js';
export { type LogLine, type Logger, recordingLogger } from './logger.js';
export { CANARY_PASSWORD, CANARY_TOKEN, expectNoSecrets, rejection, renderings } from './errors.js';
export { mockApi, mockUrl } from './prism.js';
export { selfSignedCertificate } from './tls.js';
export { type Clock, fakeClock } from './clock.js';
export { startDriftingPvwa } from './upstream.js';
export { commitAll, git, writeFiles } from './repo.js';
export { type CommandIo, captureIo } from './io.js';
