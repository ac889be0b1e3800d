import type { ComponentType } from 'react';
import type { Role } from '../api/types.ts';

/**
 * The menu is grouped by what people come to do: get in order, everyday work, incidents, and the
 * administration of the practice. « home » is the home page alone, above the groups.
 */
export type NavGroup = 'home' | 'compliance' | 'everyday' | 'incidents' | 'admin';

/** The groups in menu order, with the heading each shows (none for the home page). */
export const NAV_GROUPS: readonly { id: NavGroup; heading?: string }[] = [
  { id: 'home' },
  { id: 'compliance', heading: 'Se mettre en ordre' },
  { id: 'everyday', heading: 'Au quotidien' },
  { id: 'incidents', heading: 'En cas d’incident' },
  { id: 'admin', heading: 'Administration' },
];

/** One feature's place in the web application: its pages and its navigation entry. */
export interface WebFeature {
  id: string;
  /**
   * Navigation entry; a feature appears in the menu only once it works, and only for these roles,
   * in its group, ordered by `order` within the group.
   */
  nav?: {
    label: string;
    path: string;
    group: NavGroup;
    order: number;
    roles: readonly Role[];
    /** A team feature (« Utilisateurs »): for a practitioner working alone it comes last in its group. */
    team?: boolean;
  };
  /**
   * Pages behind sign-in, inside the application's layout; `help`: the anchor of the user guide's
   * section that explains the page (`/aide#<help>`, the page's « Aide » link); null for the guide itself.
   * `open`: also for a visitor who is not signed in (the guide and the glossary: they hold no data of
   * the practice), in the sign-in pages' layout.
   */
  routes: { path: string; Component: ComponentType; help: string | null; open?: boolean }[];
  /** Pages for signed-out visitors (sign-in, first run, invitation links). */
  publicRoutes?: { path: string; Component: ComponentType }[];
}

export type NavEntry = NonNullable<WebFeature['nav']>;

/** A group of the menu with the entries the role may see (groups left empty are dropped). */
export interface NavSection {
  id: NavGroup;
  heading?: string;
  entries: NavEntry[];
}

/** Keeps the features in menu order and refuses two features with the same id or path. */
export function createWebRegistry(features: WebFeature[]): {
  features: WebFeature[];
  navFor(role: Role): NavEntry[];
  /** The menu for a role, grouped by task; `alone`: a practice of one, its team features last. */
  menuFor(role: Role, options?: { alone?: boolean }): NavSection[];
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
  const rank = (group: NavGroup) => NAV_GROUPS.findIndex((g) => g.id === group);
  const nav = features
    .flatMap((f) => (f.nav ? [f.nav] : []))
    .sort((a, b) => rank(a.group) - rank(b.group) || a.order - b.order);
  const navFor = (role: Role) => nav.filter((entry) => entry.roles.includes(role));
  const menuFor = (role: Role, { alone = false }: { alone?: boolean } = {}) =>
    NAV_GROUPS.map(({ id, heading }) => {
      const entries = navFor(role).filter((e) => e.group === id);
      // A stable sort: the team entries move to the end, the others keep their order.
      return { id, heading, entries: alone ? entries.sort((a, b) => Number(!!a.team) - Number(!!b.team)) : entries };
    }).filter((section) => section.entries.length > 0);
  return { features, navFor, menuFor };
}
