import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice } from '../../../test/support/factories.ts';
import { pdfPages, pdfText } from '../../../test/support/pdf.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { decryptBackup } from './backup-format.ts';

describeEachDialect('the “Sauvegarder” button and the recovery kit', (db, dialect) => {
  it('gives the owner an encrypted backup, refuses other roles and weak passphrases', async () => {
    const app = await createTestApp(db());
    const a = await createPractice(db());
    for (const role of ['practitioner', 'secretary', 'auditor'] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/backup',
        headers: bearer(a[role]),
        payload: { passphrase: 'x' },
      });
      expect(res.statusCode, role).toBe(403);
    }
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/backup',
      headers: bearer(a.owner),
      payload: { passphrase: 'motdepasse' },
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/backup',
      headers: bearer(a.owner),
      payload: { passphrase: 'girafe lumière tambour pivoine' },
    });
    if (dialect === 'postgres') {
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toMatch(/pg_dump/);
    } else {
      expect(weak.statusCode).toBe(400);
      expect(weak.json()).toMatchObject({ field: 'passphrase', message: expect.stringMatching(/trop faible/) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="hygie-sauvegarde-\d{4}-\d{2}-\d{2}\.hygie"$/,
      );
      expect(res.headers['x-checksum-sha256']).toMatch(/^[0-9a-f]{64}$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const { meta } = decryptBackup(res.rawPayload, 'girafe lumière tambour pivoine');
      expect(meta.practices).toBe(1);
      expect((await listJournal(db().db, a.practice.id, { action: 'backup.created' })).length).toBe(1);
      // A second practice on the same install: backups become the administrator's job.
      await createPractice(db());
      const shared = await app.inject({
        method: 'POST',
        url: '/api/v1/backup',
        headers: bearer(a.owner),
        payload: { passphrase: 'girafe lumière tambour pivoine' },
      });
      expect(shared.statusCode).toBe(409);
    }
    await app.close();
  });

  it('prints a recovery kit for the owner only, and journals it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-kit-data-'));
    fs.writeFileSync(path.join(dataDir, 'hygie.key'), 'CLE-DE-TEST-123\n');
    const app = await createTestApp(db(), {
      env: { HYGIE_DATA_DIR: dataDir, ...(dialect === 'postgres' ? { DATABASE_URL: 'postgres://h/db' } : {}) },
    });
    const a = await createPractice(db(), { name: 'Cabinet Éloïse & Cie' });
    expect((await app.inject({ url: '/api/v1/recovery-kit.pdf', headers: bearer(a.practitioner) })).statusCode).toBe(
      403,
    );
    const res = await app.inject({ url: '/api/v1/recovery-kit.pdf', headers: bearer(a.owner) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const text = pdfText(res.rawPayload, { layout: true });
    expect(text).toContain('Kit de secours Hygie');
    expect(text).toContain('Cabinet Éloïse & Cie');
    // The first page speaks to the owner: what the kit is, where to keep it, who to call; no
    // command, path or key there.
    const [first, ...rest] = pdfPages(res.rawPayload, { collapseSpaces: true });
    expect(first).toContain('À quoi sert ce kit');
    expect(first).toContain('Où le ranger');
    expect(first).toContain('qui appeler');
    expect(first).not.toMatch(/hygie restore|npm start|node bin|--passphrase|CLE-DE-TEST-123|hygie\.key|\/tmp\//);
    if (dialect === 'sqlite') {
      expect(first).toContain('prestataire informatique');
      expect(rest.join(' ')).toContain('Pour votre prestataire informatique');
      expect(rest.join(' ')).toContain('CLE-DE-TEST-123');
      expect(rest.join(' ')).toMatch(/Restaurer sur un nouvel ordinateur/);
    } else {
      expect(rest).toEqual([]);
      expect(text).not.toContain('CLE-DE-TEST-123');
      expect(first).toMatch(/hébergeur/);
    }
    expect((await listJournal(db().db, a.practice.id, { action: 'recovery_kit.downloaded' })).length).toBe(1);
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
