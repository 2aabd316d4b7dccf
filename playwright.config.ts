import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** Chromium from CHROMIUM_PATH, else the system package; no browser downloads. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'Geen Chromium gevonden voor de browsertests. Installeer er een (Debian/Ubuntu: sudo apt-get install -y chromium) of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-binary.',
    );
  }
  return found;
}

const PORT = Number(process.env.E2E_PORT ?? 4390);
// A fresh database per run; set once here so the workers (which re-read this file) share it.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'lesplatform-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/.results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: 'node server/cli/start.ts',
    url: `http://127.0.0.1:${PORT}/api/lessons`,
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: process.env.E2E_DATA_DIR },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
  },
});
