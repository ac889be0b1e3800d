import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/support/browser.ts';

const dist = path.resolve(import.meta.dirname, '../web/dist');

/**
 * What a person's browser downloads to show the first screen (the sign-in page): every script and
 * style sheet it requests, sized as the server sends them gzipped (the .gz files beside the assets).
 */
export async function firstPageWeight(baseUrl: string, pagePath = '/connexion') {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const assets = new Set<string>();
  try {
    const page = await (await browser.newContext()).newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/\.(js|css)$/.test(url.pathname)) assets.add(url.pathname);
    });
    await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
  } finally {
    await browser.close();
  }
  const size = (asset: string, kind: 'js' | 'css') =>
    asset.endsWith(`.${kind}`) ? fs.statSync(path.join(dist, `${asset}.gz`)).size : 0;
  const list = [...assets];
  return {
    files: list.length,
    jsGzipBytes: list.reduce((sum, asset) => sum + size(asset, 'js'), 0),
    cssGzipBytes: list.reduce((sum, asset) => sum + size(asset, 'css'), 0),
  };
}
