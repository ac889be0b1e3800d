import type { WebFeature } from '../../app/registry.ts';

export const signinFeature: WebFeature = { id: 'signin', routes: [] };
