// The built web app's files: hashed chunks under assets/ are cached for good, the page itself
// is asked again every time (a new build must reach the browser), client routes get the page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { installStatic } from './static';

describe('static web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'chiso-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('caches hashed assets for good and revalidates the page', async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Chỉ số</title>');
    writeFileSync(join(dist, 'assets', 'App-D8WcfVVZ.js'), 'export {};');
    const app = Fastify();
    await installStatic(app, dist);
    const asset = await app.inject({ method: 'GET', url: '/assets/App-D8WcfVVZ.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/public/results/abc']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Chỉ số');
      expect(page.headers['cache-control']).not.toContain('immutable');
    }
    expect((await app.inject({ method: 'GET', url: '/assets/missing-0000.js' })).statusCode).toBe(404);
    await app.close();
  });
});
