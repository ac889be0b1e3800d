import { type ComponentType, lazy } from 'react';

/**
 * A page loaded on first visit only, so the first screen downloads the shell and that page alone.
 * @example routes: [{ path: '/journal', Component: lazyPage(() => import('./JournalPage.tsx'), 'JournalPage') }]
 */
export function lazyPage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
