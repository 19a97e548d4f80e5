// The "real server" behind the proxy tests of tools/mock (Prism engine) and tools/conformance (validating engine).
import { startServer } from './server.js';

/**
 * A PVWA stand-in that drifts from the spec: `GET /PasswordVault/API/Server` answers ExternalVersion as a number
 * (the spec says string); `/PasswordVault/API/LiveSessions` conforms; anything else is a 418 teapot. `seen` has one
 * line per request: `<method> <path and query> <Authorization or ''>`. `url` is the PVWA base URL, `origin` the
 * server's root (for a Sentinel path).
 */
export async function startDriftingPvwa(): Promise<{ url: string; origin: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = await startServer((req) => {
    seen.push(`${req.method} ${req.url} ${req.authorization ?? ''}`);
    if (req.url === '/PasswordVault/API/Server') return { body: { ExternalVersion: 14.2, InternalVersion: '14.2.0.1', ServerName: 'PVWA01' } };
    if (req.url === '/PasswordVault/API/LiveSessions') return { body: { LiveSessions: [], Total: 0 } };
    return { status: 418, headers: { 'Content-Type': 'text/plain' }, body: 'teapot' };
  });
  return { url: `${server.url}/PasswordVault`, origin: server.url, seen, close: server.close };
}
