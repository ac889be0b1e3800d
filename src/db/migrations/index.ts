import type { Migration } from 'kysely';
import * as instanceMeta from './2026_11_29_0001_instance_meta.ts';

/** Every migration, in order. Names are timestamps: never rename one that has shipped. */
export const migrations: Record<string, Migration> = {
  '2026_11_29_0001_instance_meta': instanceMeta,
};
