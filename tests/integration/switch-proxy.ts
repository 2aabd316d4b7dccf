import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SwitchProxy {
  url: string;
  /** Sends new connections to `port` and cuts the open ones, as a proxy does when a node leaves its pool. */
  switchTo(port: number): void;
  close(): Promise<void>;
}

/** A TCP proxy on a free port in front of one node at a time. */
export async function startSwitchProxy(port: number): Promise<SwitchProxy> {
  let target = port;
  const open = new Set<net.Socket>();
  const server = net.createServer((incoming) => {
    const outgoing = net.connect(target, '127.0.0.1');
    for (const socket of [incoming, outgoing]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    incoming.pipe(outgoing).pipe(incoming);
    incoming.on('close', () => outgoing.destroy());
    outgoing.on('close', () => incoming.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    switchTo(next) {
      target = next;
      for (const socket of open) socket.destroy();
    },
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
