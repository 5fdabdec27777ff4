import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/**
 * A local stand-in for Brevo's API (https://api.brevo.com/v3): the real SDK is pointed at it with
 * BREVO_BASE_URL. It records every request and can be told to fail the next N of them.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** What the fake did: answered 2xx, answered an error, or never answered. */
  outcome: 'accepted' | 'error' | 'hung';
}

export type Failure = 'server_error' | 'bad_request' | 'hang';

export interface FakeBrevo {
  /** Base URL for BREVO_BASE_URL (ends with /v3, like Brevo's). */
  baseUrl: string;
  requests: RecordedRequest[];
  /** The next `count` requests fail this way (500 by default). */
  failNext(count: number, failure?: Failure): void;
  accepted(path?: string): RecordedRequest[];
  /** Resolves once `count` requests to `path` were accepted. */
  waitForAccepted(count: number, path?: string, timeoutMs?: number): Promise<RecordedRequest[]>;
  reset(): void;
  close(): Promise<void>;
}

export const EMAIL_PATH = '/v3/smtp/email';
export const SMS_PATH = '/v3/transactionalSMS/send';

export async function startFakeBrevo(): Promise<FakeBrevo> {
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  const hung: ServerResponse[] = [];
  let smsId = 1000;
  const waiters = new Set<() => void>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        body = { unparsable: true };
      }
      const record: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, outcome: 'accepted' };
      requests.push(record);
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.headers['api-key'] !== 'test-brevo-key') {
        record.outcome = 'error';
        return answer(401, { code: 'unauthorized', message: 'Key not found' });
      }
      const failure = failures.shift();
      if (failure === 'hang') {
        record.outcome = 'hung';
        hung.push(res);
        return;
      }
      if (failure === 'server_error') {
        record.outcome = 'error';
        return answer(500, { code: 'internal_error', message: 'Simulated outage' });
      }
      if (failure === 'bad_request') {
        record.outcome = 'error';
        return answer(400, { code: 'invalid_parameter', message: 'Invalid recipient' });
      }
      if (req.method === 'POST' && req.url === EMAIL_PATH) answer(201, { messageId: `<${randomUUID()}@smtp-relay.mailin.fr>` });
      else if (req.method === 'POST' && req.url === SMS_PATH) answer(202, { messageId: smsId++ });
      else {
        record.outcome = 'error';
        answer(404, { code: 'not_found', message: 'Unknown path' });
      }
      for (const w of waiters) w();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const accepted = (path?: string) => requests.filter((r) => r.outcome === 'accepted' && (!path || r.path === path));
  return {
    baseUrl: `http://127.0.0.1:${port}/v3`,
    requests,
    failNext(count, failure = 'server_error') {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    accepted,
    waitForAccepted(count, path, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = accepted(path);
          if (found.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Brevo: ${accepted(path).length}/${count} accepted requests${path ? ` to ${path}` : ''} after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
