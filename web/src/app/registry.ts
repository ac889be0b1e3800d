import type { ComponentType } from 'react';

/** One feature's place in the web application: its pages, its navigation entry, its home card. */
export interface WebFeature {
  id: string;
  /** Navigation entry; a feature appears in the menu only once it works. */
  nav?: { label: string; path: string; order: number };
  routes: { path: string; Component: ComponentType }[];
  /** Card shown on the home page, fed by the server's home-card providers. */
  HomeCard?: ComponentType;
}

/** Keeps the features in menu order and refuses two features with the same id or path. */
export function createWebRegistry(features: WebFeature[]): {
  features: WebFeature[];
  nav: NonNullable<WebFeature['nav']>[];
} {
  const ids = new Set<string>();
  const paths = new Set<string>();
  for (const feature of features) {
    if (ids.has(feature.id)) throw new Error(`feature ${feature.id} registered twice`);
    ids.add(feature.id);
    for (const route of feature.routes) {
      if (paths.has(route.path)) throw new Error(`path ${route.path} registered twice`);
      paths.add(route.path);
    }
  }
  const nav = features.flatMap((f) => (f.nav ? [f.nav] : [])).sort((a, b) => a.order - b.order);
  return { features, nav };
}
