import fs from 'node:fs';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { registry } from '../../app/features.ts';
import { GuideMarkdown } from './GuideMarkdown.tsx';
import { guideAnchor, readGuide } from './guide.ts';

const guide = readGuide(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docs/guide-utilisateur.md'), 'utf8'),
);
const anchors = guide.sections.map((section) => section.anchor);

describe('the user guide in the application', () => {
  it.each([
    ['7. Le diagnostic et le plan d’action', 'le-diagnostic-et-le-plan-d-action'],
    ['12. Violation de données : le registre et les 72 heures', 'violation-de-donnees-le-registre-et-les-72-heures'],
    ['10. Un e-mail vous semble douteux ?', 'un-e-mail-vous-semble-douteux'],
    ['Ma mise en conformité', 'ma-mise-en-conformite'],
  ])('anchors %j as %j', (heading, anchor) => {
    expect(guideAnchor(heading)).toBe(anchor);
  });

  it('gives each part and section of the guide its own anchor', () => {
    expect(anchors.length).toBeGreaterThanOrEqual(20);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toContain('les-mots-de-passe');
  });

  it('leads every page’s « Aide » link to a section that exists, the guide alone having none', () => {
    const routes = registry.features.flatMap((feature) => feature.routes);
    const missing = routes.filter((route) => route.help !== null && !anchors.includes(route.help));
    expect(missing.map((route) => `${route.path} → ${route.help}`)).toEqual([]);
    expect(routes.filter((route) => route.help === null).map((route) => route.path)).toEqual(['/aide']);
  });

  it('shows the guide’s Markdown as text: a tag in it is never read as HTML, a link leads only to a web address', () => {
    const { tokens } = readGuide(
      '## Le titre\n\nUn <script>alert(1)</script> et **gras** [ici](javascript:alert(1)).\n\n<img src=x onerror=alert(1)>\n',
    );
    const html = renderToStaticMarkup(createElement(MantineProvider, null, createElement(GuideMarkdown, { tokens })));
    expect(html).toContain('id="le-titre"');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img');
    expect(html).toContain('<strong>gras</strong>');
    expect(html).not.toMatch(/<script|<img|javascript:/);
  });
});
