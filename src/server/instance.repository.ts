import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connect.ts';

export interface InstanceInfo {
  id: string;
  createdAt: string;
}

/** Records the instance's identity on first start; later starts keep the first values. */
export async function ensureInstanceInfo(db: Db, now: Date): Promise<InstanceInfo> {
  const at = now.toISOString();
  await db
    .insertInto('instance_meta')
    .values([
      { key: 'instance_id', value: randomUUID(), updated_at: at },
      { key: 'created_at', value: at, updated_at: at },
    ])
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return readInstanceInfo(db);
}

export async function readInstanceInfo(db: Db): Promise<InstanceInfo> {
  const rows = await db
    .selectFrom('instance_meta')
    .select(['key', 'value'])
    .where('key', 'in', ['instance_id', 'created_at'])
    .execute();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return { id: map.get('instance_id') ?? '', createdAt: map.get('created_at') ?? '' };
}
