import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny HTTP server on 127.0.0.1 answering each path with a fixed status and body. */
export async function serveFiles(routes: Record<string, { status?: number; body: string; type?: string }>) {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const route = routes[(request.url ?? '').split('?')[0]!];
    response.writeHead(route?.status ?? (route ? 200 : 404), {
      'content-type': route?.type ?? 'text/tab-separated-values; charset=utf-8',
    });
    response.end(route?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    hits,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
