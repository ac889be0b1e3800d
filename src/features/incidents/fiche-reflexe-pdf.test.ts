import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ficheReflexePdf, pdfPageCount } from './fiche-reflexe-pdf.ts';
import { PRACTICE_CONTACT_KINDS } from './incident-labels.ts';
import { loadIncidentReferential } from './incidents.referential.ts';
import type { PracticeContact } from './incidents.repository.ts';

const referential = loadIncidentReferential();

function pdfinfoPages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-fiche-'));
  try {
    writeFileSync(join(dir, 'fiche.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'fiche.pdf')], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const contacts = (count: number): PracticeContact[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    kind: PRACTICE_CONTACT_KINDS[i % PRACTICE_CONTACT_KINDS.length] ?? 'other',
    name: `Société de maintenance informatique Hélène & Gaëtan, agence n° ${i + 1}`,
    phone: '+33 1 23 45 67 89',
    email: 'support-technique@maintenance-helene-gaetan.fr',
    notes: 'Contrat de maintenance n° 2026-118, astreinte le samedi matin',
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
  }));

describe('ficheReflexePdf', () => {
  it.each([0, 1, 3, 7, 20])('stays on one A4 page with %i practice contacts', async (count) => {
    const pdf = await ficheReflexePdf({
      practiceName: 'Maison de santé pluriprofessionnelle des Hauts-de-Seine',
      practiceContacts: contacts(count),
      referential,
      documentDate: new Date('2026-11-29T10:00:00Z'),
    });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfinfoPages(pdf)).toBe(1);
  });
});

describe('the fiche réflexe’s ransomware gestures and clocks (issue 17)', () => {
  const gestures = referential.playbook('ransomware').gestures.map((g) => g.id);
  const before = (a: string, b: string) => gestures.indexOf(a) >= 0 && gestures.indexOf(a) < gestures.indexOf(b);

  it.each([
    ['the backups are disconnected before anything else is called', 'deconnecter-sauvegardes', 'prevenir-prestataire'],
    ['the network is cut before the backups are unplugged', 'isoler-reseau', 'deconnecter-sauvegardes'],
    ['the disk copy (evidence) comes before any scan or cleaning', 'copie-disque', 'lancer-analyse'],
    ['the scan is left to the provider after the copy, before the complaint', 'lancer-analyse', 'porter-plainte'],
  ])('%s', (_rule, first, then) => {
    expect(before(first, then)).toBe(true);
  });

  it('tells both 72-hour clocks: the complaint for the insurer (L. 12-10-1) and the CNIL', async () => {
    const pdf = await ficheReflexePdf({
      practiceName: 'Cabinet',
      practiceContacts: [],
      referential,
      documentDate: new Date('2026-11-29T10:00:00Z'),
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('article L. 12-10-1 du code des assurances');
    expect(text).toContain('CNIL dans les 72 heures');
  });
});
