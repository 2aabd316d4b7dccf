// The parts of the `compression` middleware the server uses (it ships no types of its own).
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { BrotliOptions, ZlibOptions } from 'node:zlib';

  type Filter = (req: IncomingMessage, res: ServerResponse) => boolean;
  interface CompressionOptions extends ZlibOptions {
    brotli?: BrotliOptions;
    filter?: Filter;
    threshold?: number | string;
  }
  type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  interface Compression {
    (options?: CompressionOptions): Middleware;
    /** The default filter: compresses when the Content-Type is compressible. */
    filter: Filter;
  }
  const compression: Compression;
  export default compression;
}
