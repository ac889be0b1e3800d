import type { WebFeature } from '../../app/registry.ts';

export const practiceFeature: WebFeature = { id: 'practice', routes: [] };
