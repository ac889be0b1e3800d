import { welcomeFeature } from '../features/welcome/index.ts';
import { createWebRegistry } from './registry.ts';

/** Every feature of the web application. A new feature adds itself here. */
export const registry = createWebRegistry([welcomeFeature]);
