import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

// Replays recorded-format answers of the news services on 127.0.0.1, with every quirk the
// extension must survive. The first path segment picks a scenario, so a base URL
// (settings.serviceBaseUrls) points one service at one behaviour:
//
//   {origin}/ok          recorded answers       {origin}/empty      no match (`{}` / empty channel)
//   {origin}/plain-text  HTTP 200, plain text   {origin}/bad-escapes JSON with invalid escapes (GDELT)
//   {origin}/rate-limit  HTTP 429               {origin}/server-error HTTP 503
//   {origin}/offline     connection dropped     {origin}/slow/…     answers after `slowMs`
//
// Publisher pages (the links the items open) are served under {origin}/publisher/….
// Every answer carries `Access-Control-Allow-Origin: *`: the extension reaches a test server
// through CORS, without host permissions for 127.0.0.1 in the manifest.

export const RELATED_FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'related');

export type Scenario = 'ok' | 'empty' | 'plain-text' | 'bad-escapes' | 'rate-limit' | 'server-error' | 'offline' | 'slow';
export type ServiceName = 'gdelt' | 'google-news' | 'bing-news';

export interface ReplayRequest {
  service: ServiceName | 'publisher' | 'unknown';
  scenario: string;
  url: string;
}

export interface ReplayServer {
  origin: string;
  /** Base URL of a scenario, for settings.serviceBaseUrls; `variant` gives another URL for the same answers. */
  base(scenario: Scenario, variant?: number): string;
  /** Every request received, in order. */
  requests: ReplayRequest[];
  close(): Promise<void>;
}

export interface ReplayOptions {
  slowMs?: number;
}

function fixture(name: string): string {
  return readFileSync(join(RELATED_FIXTURES, name), 'utf8');
}

function serviceOf(path: string): ServiceName | 'publisher' | 'unknown' {
  if (path.endsWith('/api/v2/doc/doc')) return 'gdelt';
  if (path.endsWith('/rss/search')) return 'google-news';
  if (path.endsWith('/news/search')) return 'bing-news';
  if (path.startsWith('/publisher/')) return 'publisher';
  return 'unknown';
}

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  const requests: ReplayRequest[] = [];
  let origin = '';
  const fill = (body: string): string =>
    body.replaceAll('{{ORIGIN_ENCODED}}', encodeURIComponent(origin).toLowerCase()).replaceAll('{{ORIGIN}}', origin);

  const answer = (response: ServerResponse, status: number, type: string, body: string): void => {
    response.writeHead(status, {
      'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store',
      ...(status === 429 ? { 'retry-after': '30' } : {}),
    }).end(body);
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const service = serviceOf(url.pathname);
    // `ok-2`: the `ok` scenario under another base URL (so a benchmark run finds no cached answer).
    const scenario = (url.pathname.split('/')[1] ?? '').replace(/-\d+$/, '');
    requests.push({ service, scenario, url: url.href });
    if (service === 'publisher') return answer(response, 200, 'text/html; charset=utf-8', fixture('publisher.html'));
    if (service === 'unknown') return answer(response, 404, 'text/plain', 'not found');
    const json = 'application/json; charset=utf-8';
    const rss = 'application/rss+xml; charset=utf-8';
    switch (scenario) {
      case 'ok':
      case 'slow':
        if (service === 'gdelt') return answer(response, 200, json, fill(fixture('gdelt-articles.json')));
        return answer(response, 200, rss, fill(fixture(service === 'google-news' ? 'google-news.xml' : 'bing-news.xml')));
      case 'empty':
        if (service === 'gdelt') return answer(response, 200, json, fixture('gdelt-empty.json'));
        return answer(response, 200, rss, fixture('google-news-empty.xml'));
      case 'plain-text':
        if (service === 'gdelt') return answer(response, 200, 'text/html; charset=utf-8', fixture('gdelt-malformed-query.txt'));
        return answer(response, 200, 'text/html; charset=utf-8', fixture('google-news-error.html'));
      case 'bad-escapes':
        return answer(response, 200, json, fill(fixture('gdelt-invalid-escapes.json')));
      case 'rate-limit':
        return answer(response, 429, 'text/plain', fixture('gdelt-rate-limit.txt'));
      case 'server-error':
        return answer(response, 503, 'text/plain', 'Service Unavailable');
      case 'offline':
        request.socket.destroy();
        return;
      default:
        return answer(response, 404, 'text/plain', 'unknown scenario');
    }
  };

  const server: Server = createServer((request, response) => {
    const scenario = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('/')[1]?.replace(/-\d+$/, '');
    if (scenario === 'slow') setTimeout(() => handle(request, response), options.slowMs ?? 10_000);
    else handle(request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base: (scenario, variant) => `${origin}/${scenario}${variant === undefined ? '' : `-${variant}`}`,
    requests,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
