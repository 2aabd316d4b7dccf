import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, an invite or a resume link: 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a copied database opens no sessions. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
