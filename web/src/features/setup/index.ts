import type { WebFeature } from '../../app/registry.ts';

export const setupFeature: WebFeature = { id: 'setup', routes: [] };
