import type { ComponentType } from 'react';
import type { Role } from '../api/types.ts';

/** One feature's place in the web application: its pages and its navigation entry. */
export interface WebFeature {
  id: string;
  /** Navigation entry; a feature appears in the menu only once it works, and only for these roles. */
  nav?: { label: string; path: string; order: number; roles: readonly Role[] };
  /** Pages behind sign-in, inside the application's layout. */
  routes: { path: string; Component: ComponentType }[];
  /** Pages for signed-out visitors (sign-in, first run, invitation links). */
  publicRoutes?: { path: string; Component: ComponentType }[];
}

type NavEntry = NonNullable<WebFeature['nav']>;

/** Keeps the features in menu order and refuses two features with the same id or path. */
export function createWebRegistry(features: WebFeature[]): {
  features: WebFeature[];
  navFor(role: Role): NavEntry[];
} {
  const ids = new Set<string>();
  const paths = new Set<string>();
  for (const feature of features) {
    if (ids.has(feature.id)) throw new Error(`feature ${feature.id} registered twice`);
    ids.add(feature.id);
    for (const route of [...feature.routes, ...(feature.publicRoutes ?? [])]) {
      if (paths.has(route.path)) throw new Error(`path ${route.path} registered twice`);
      paths.add(route.path);
    }
  }
  const nav = features.flatMap((f) => (f.nav ? [f.nav] : [])).sort((a, b) => a.order - b.order);
  return { features, navFor: (role) => nav.filter((entry) => entry.roles.includes(role)) };
}
