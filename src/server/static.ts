import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const defaultWebDist = path.resolve(import.meta.dirname, '../../web/dist');

/** Vite writes every built script, style sheet and image under assets/, each name holding a hash of its content. */
const assetsFolder = 'assets';

/**
 * The Cache-Control of a file of the web bundle (its path relative to the bundle, with / separators).
 * Hashed assets never change under their name: cached for a year. Anything else (index.html, the
 * favicon) keeps its name across upgrades: the browser checks it every time, so that after an upgrade
 * it never runs a page pointing at assets that no longer exist.
 */
export function webCacheControl(relativePath: string): string {
  return relativePath.startsWith(`${assetsFolder}/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serves the built web application; any non-API page falls back to index.html (client routing). */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    // The plugin's own header would apply one rule to every file (and override ours): setHeaders decides.
    cacheControl: false,
    setHeaders: (res, filePath) =>
      res.setHeader('cache-control', webCacheControl(path.relative(webDist, filePath).split(path.sep).join('/'))),
    preCompressed: true,
    // Each file gets its own route (wildcard: false), but the compressed copies need none: they are
    // sent in place of their file to a browser that accepts them (preCompressed). A third of the
    // routes, less to register at each start.
    globIgnore: ['**/*.br', '**/*.gz'],
  });
  app.get('/', (_request, reply) => reply.sendFile('index.html'));
  app.get('/*', (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    if (rest.startsWith('api/')) {
      return reply.status(404).send({ code: 'not_found', message: 'Adresse inconnue.' });
    }
    // Every existing asset has its own route: an unknown one is a 404, never the page (which a
    // browser would try to run as a script after an upgrade).
    if (rest.startsWith(`${assetsFolder}/`)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}
