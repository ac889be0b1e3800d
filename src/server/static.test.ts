import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { createTestDatabase } from '../../test/support/db.ts';
import { webCacheControl } from './static.ts';

const year = 'public, max-age=31536000, immutable';

describe('webCacheControl', () => {
  it.each([
    ['index.html', 'no-cache'],
    ['index.html.br', 'no-cache'],
    ['favicon.svg', 'no-cache'],
    ['assets/index-B4x9kQ.js', year],
    ['assets/index-B4x9kQ.js.gz', year],
    ['assets/fonts/roboto-Zx1.woff2', year],
    ['assetsfoo.js', 'no-cache'],
  ])('%s → %s', (file, expected) => {
    expect(webCacheControl(file)).toBe(expected);
  });
});

describe('the web bundle over HTTP', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  let webDist: string;
  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-web-'));
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><script src="/assets/index-B4x9kQ.js"></script>',
    );
    fs.writeFileSync(path.join(webDist, 'assets', 'index-B4x9kQ.js'), 'console.log(1);');
    fs.writeFileSync(path.join(webDist, 'assets', 'index-B4x9kQ.js.br'), 'brotli bytes');
    fs.writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const database = await createTestDatabase('sqlite');
    drop = database.drop;
    app = await createTestApp(database.handle, { webDist });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await drop();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it.each(['/', '/index.html', '/registre', '/outils/mail?x=1'])('%s is the page, never cached', async (url) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('a hashed asset is cached for a year', async () => {
    const res = await app.inject('/assets/index-B4x9kQ.js');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1);');
    expect(res.headers['cache-control']).toBe(year);
  });

  it('a browser that accepts brotli gets the compressed copy; the copy has no address of its own', async () => {
    const res = await app.inject({ url: '/assets/index-B4x9kQ.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body).toBe('brotli bytes');
    expect(res.headers['cache-control']).toBe(year);
    expect((await app.inject('/assets/index-B4x9kQ.js.br')).statusCode).toBe(404);
  });

  it('a file kept under the same name across versions is checked each time', async () => {
    const res = await app.inject('/favicon.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/assets/index-Old123.js', '/assets/style-Old123.css', '/assets/'])(
    'an unknown asset %s is a 404, not the page',
    async (url) => {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/html/);
      expect(res.json()).toMatchObject({ code: 'not_found', message: expect.stringMatching(/^Adresse inconnue/) });
    },
  );

  it('an unknown API address is still a JSON 404', async () => {
    const res = await app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
