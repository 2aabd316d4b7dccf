// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { lessonCheck } from './server/astro/lesson-check.ts';
import { liveDevServer } from './server/astro/live-dev-server.ts';
import { precompress } from './server/http/precompress.ts';
import remarkSlides from './src/lessons/remark-slides.ts';

// The app makes no calls to outside services, and neither does its tooling.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  output: 'server',
  // BUILD_DIR lets a second build (tests with lessons of their own) live beside dist/; npm start reads the same.
  ...(process.env.BUILD_DIR ? { outDir: process.env.BUILD_DIR, cacheDir: `${process.env.BUILD_DIR}-cache` } : {}),
  // No request body may grow past this (the adapter's default is 1 GiB); the largest real one is a
  // 10 MB image upload, which its endpoint checks more tightly itself. Middleware mode: our own
  // server (server/index.ts) owns the port and hands every request its locals, the app's services.
  adapter: node({ mode: 'middleware', bodySizeLimit: 16 * 1024 * 1024 }),
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? true },
  integrations: [lessonCheck(), liveDevServer(), react(), mdx(), precompress()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkSlides] }),
  },
  devToolbar: { enabled: false },
  // Only the app's own files run: Astro hashes the inline scripts and styles it emits and sends the
  // policy as a header with every page. Style attributes stay allowed (React sets bar widths and
  // colours with them); they cannot run code. No outside origin appears anywhere.
  security: {
    // Replaced by the host-only origin check in src/middleware.ts, which works behind a TLS proxy.
    checkOrigin: false,
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
      ],
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
