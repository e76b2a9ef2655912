// A lean HTTP/1.1 client for load benchmarks: node:http over kept-alive sockets. fetch() costs
// the benchmark process about as much CPU per request as the server spends answering it, and
// on a 2-core machine that CPU is taken from the server under test.
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

export interface JsonResponse<T> {
  status: number;
  body: T;
}

export function requestJson<T>(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<JsonResponse<T>> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(url, { method, agent, headers: payload ? { ...headers, 'content-type': 'application/json', 'content-length': String(payload.length) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, body: (text === '' ? undefined : JSON.parse(text)) as T });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Closes the kept-alive sockets so the benchmark process can exit. */
export function closeClient(): void {
  agent.destroy();
}
