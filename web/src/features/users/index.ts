import type { WebFeature } from '../../app/registry.ts';

export const usersFeature: WebFeature = { id: 'users', routes: [] };
