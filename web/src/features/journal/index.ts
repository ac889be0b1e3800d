import type { WebFeature } from '../../app/registry.ts';

export const journalFeature: WebFeature = { id: 'journal', routes: [] };
