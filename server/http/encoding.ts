/** The content codings the server sends, best first. */
export type ContentCoding = 'br' | 'gzip';

/**
 * Parses `Accept-Encoding` into the q-value of each coding named (`*` included), lowercased.
 * A coding listed with `q=0` is refused; one not listed is covered by `*` or refused.
 */
export function acceptedCodings(header: string | undefined): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';');
    const coding = name?.trim().toLowerCase();
    if (!coding) continue;
    const q = params.map((param) => /^\s*q\s*=\s*(.*?)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    accepted.set(coding, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  return accepted;
}

/**
 * The best of `available` that the client accepts (brotli before gzip on a tie), or null for
 * the identity (uncompressed) representation.
 */
export function chooseCoding(header: string | undefined, available: readonly ContentCoding[]): ContentCoding | null {
  const accepted = acceptedCodings(header);
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of available) {
    const weight = accepted.get(coding) ?? accepted.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
