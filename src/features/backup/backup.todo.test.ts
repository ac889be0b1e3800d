import { describe, expect, it } from 'vitest';
import { backupTodos } from './backup.todo.ts';

const now = new Date('2026-12-07T09:00:00Z');

describe('the backup « à faire » items', () => {
  it.each([
    ['hosted, kit never downloaded', false, null, null, ['recovery-kit:kit']],
    ['hosted, kit downloaded', false, null, '2026-11-01T10:00:00Z', []],
    ['own computer, nothing done yet', true, null, null, ['recovery-kit:kit', 'backup:hygie']],
    ['own computer, kit downloaded, no backup', true, null, '2026-11-01T10:00:00Z', ['backup:hygie']],
  ] as const)('%s → %j', (_label, local, lastBackupAt, kitDownloadedAt, ids) => {
    expect(backupTodos({ local, lastBackupAt, kitDownloadedAt }, now).map((i) => i.id)).toEqual(ids);
  });

  it.each([
    ['2026-12-06T09:00:00Z', 'open', '2026-12-13T09:00:00.000Z'],
    ['2026-11-30T10:00:00Z', 'due_soon', '2026-12-07T10:00:00.000Z'],
    ['2026-11-30T09:00:00Z', 'overdue', '2026-12-07T09:00:00.000Z'],
    ['2026-10-01T09:00:00Z', 'overdue', '2026-10-08T09:00:00.000Z'],
  ] as const)('a backup made %s is due again a week later → %s', (lastBackupAt, state, due) => {
    const [item] = backupTodos({ local: true, lastBackupAt, kitDownloadedAt: '2026-11-01T10:00:00Z' }, now);
    expect(item).toMatchObject({ kind: 'backup', state, due, audience: { roles: ['owner'] } });
    expect(item?.detail).toMatch(/^Dernière sauvegarde : /);
  });
});
