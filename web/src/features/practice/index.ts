import type { WebFeature } from '../../app/registry.ts';
import { PracticePage } from './PracticePage.tsx';

export const practiceFeature: WebFeature = {
  id: 'practice',
  nav: { label: 'Cabinet', path: '/cabinet', order: 20, roles: ['owner', 'practitioner', 'secretary', 'auditor'] },
  routes: [{ path: '/cabinet', Component: PracticePage }],
};
