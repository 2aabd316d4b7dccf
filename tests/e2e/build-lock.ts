import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const LOCK = path.resolve(import.meta.dirname, '../../node_modules/.cache/e2e-build.lock');
/** A lock older than this was left by a run that died; a build takes a minute or two. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Runs `start` (a server that builds the app over lessons of its own) while no other test file
 * builds: Astro writes what it knows of the lessons into the project's `.astro/` folder, so two builds
 * over different lessons at once would mix them up.
 */
export async function oneBuildAtATime<T>(start: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = (() => {
        try {
          return Date.now() - statSync(LOCK).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await start();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
