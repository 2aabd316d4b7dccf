import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * How a phone's network fails: `both` stops everything (Wi-Fi gone), `down` lets what the phone
 * sends reach the server but loses what comes back (the answer was stored, its ack never arrives).
 */
export type Drop = 'both' | 'down';

export interface FlakyLine {
  url: string;
  /** Stops the line for `ms`: open connections stall and new ones hang; then all of them are cut, as a router that forgot them. */
  drop(ms: number, kind: Drop): Promise<void>;
  close(): void;
}

/** One phone's own network path to the server at `port`: a TCP proxy on a port of its own. */
export async function openFlakyLine(port: number): Promise<FlakyLine> {
  const open = new Set<{ incoming: net.Socket; outgoing: net.Socket | null }>();
  let dropped: Drop | null = null;
  const server = net.createServer((incoming) => {
    incoming.on('error', () => undefined);
    const link: { incoming: net.Socket; outgoing: net.Socket | null } = { incoming, outgoing: null };
    open.add(link);
    incoming.on('close', () => {
      open.delete(link);
      link.outgoing?.destroy();
    });
    // While the line is down a new connection goes nowhere: it hangs until the drop ends.
    if (dropped) return incoming.pause();
    const outgoing = net.connect(port, '127.0.0.1');
    link.outgoing = outgoing;
    outgoing.on('error', () => undefined);
    outgoing.on('close', () => incoming.destroy());
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async drop(ms, kind) {
      dropped = kind;
      for (const { incoming, outgoing } of open) {
        if (!outgoing) continue;
        outgoing.unpipe(incoming);
        outgoing.pause();
        if (kind === 'both') {
          incoming.unpipe(outgoing);
          incoming.pause();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, ms));
      dropped = null;
      for (const { incoming, outgoing } of open) {
        incoming.destroy();
        outgoing?.destroy();
      }
    },
    close() {
      for (const { incoming, outgoing } of open) {
        incoming.destroy();
        outgoing?.destroy();
      }
      server.close();
    },
  };
}
