import { describe, expect, it } from 'vitest';
import { STRUCTURE_TYPE_CHOICES } from '../../features/accounts/profile-questions.ts';
import { allReferentials } from './index.ts';
import { loadAllReferentials, loadReferential, type ReferentialDefinition } from './loader.ts';
import { PROFESSIONS, professionsReferential, STRUCTURE_TYPES, structureTypesReferential } from './professions.ts';

describe('the shipped referential/ folder', () => {
  it('loads clean', () => {
    expect(() => loadAllReferentials(allReferentials)).not.toThrow();
  });

  it.each<[string, ReferentialDefinition<{ id: string }>, readonly string[]]>([
    ['professions.yaml', professionsReferential, PROFESSIONS],
    ['structure-types.yaml', structureTypesReferential, STRUCTURE_TYPES],
  ])('%s has exactly the ids the code knows, in the same order', (_file, def, ids) => {
    expect(loadReferential(def).entries.map((entry) => entry.id)).toEqual([...ids]);
  });

  it('gives every profession a distinct display order', () => {
    const orders = loadReferential(professionsReferential).entries.map((entry) => entry.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it.each([
    ['medecin', true],
    ['infirmier', true],
    ['masseur_kinesitherapeute', true],
    ['chirurgien_dentiste', true],
    ['sage_femme', true],
    ['orthophoniste', true],
    ['pedicure_podologue', true],
    ['pharmacien', false],
    ['biologiste', false],
    ['autre', false],
  ])('CNIL framework 2020-081 covers %s: %s', (id, covered) => {
    const entry = loadReferential(professionsReferential).entries.find((e) => e.id === id);
    expect(entry?.cnilPracticeFramework).toBe(covered);
  });

  it('labels structure types in French with a one-sentence help', () => {
    const labels = Object.fromEntries(loadReferential(structureTypesReferential).entries.map((e) => [e.id, e.label]));
    expect(labels).toEqual({
      solo: 'Exercice seul',
      group: 'Cabinet de groupe',
      msp: 'Maison de santé pluriprofessionnelle (MSP)',
      health_center: 'Centre de santé',
      pharmacy: 'Officine de pharmacie',
      laboratory: 'Laboratoire de biologie médicale',
    });
    for (const entry of loadReferential(structureTypesReferential).entries)
      expect(entry.help).toMatch(/^[A-ZÀ-Ý][^.]*\.$/);
  });

  it('words the structure types as the web application shows them (profile-questions.ts), in the same order', () => {
    const entries = loadReferential(structureTypesReferential).entries;
    expect(entries.map(({ id, label, help }) => ({ value: id, label, help }))).toEqual([...STRUCTURE_TYPE_CHOICES]);
  });
});
