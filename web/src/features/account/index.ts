import type { WebFeature } from '../../app/registry.ts';

export const accountFeature: WebFeature = { id: 'account', routes: [] };
