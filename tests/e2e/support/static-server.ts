import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURE_PAGES } from './paths';

// Serves test pages on 127.0.0.1 (never the network): each mount maps a URL prefix to a folder.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml',
  '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.jpg': 'image/jpeg', '.txt': 'text/plain',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => path.startsWith(p));
    const file = prefix !== undefined ? normalize(join(mounts[prefix]!, path.slice(prefix.length))) : null;
    if (!file || !file.startsWith(normalize(mounts[prefix!]!))) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      // A "recent" page (tests/helpers/load-fixture.ts) is published yesterday, whatever the date.
      if (extname(file) === '.html') body = body.toString('utf8').replaceAll('{{RECENT_DAY}}', yesterday());
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The project's fixture pages at /pages/, plus any other mounts. */
export function startFixtureServer(extra: Record<string, string> = {}): Promise<StaticServer> {
  return startStaticServer({ '/pages/': FIXTURE_PAGES, ...extra });
}

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}
