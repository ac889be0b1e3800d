import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReferentialDir } from '../../lib/referential/loader.ts';
import { loadMeasures } from './checklist.referential.ts';
import type { MeasureView } from './checklist-view.ts';
import { loadFirstPass } from './first-pass.referential.ts';
import { type FirstPassAnswer, firstPassChanges, firstPassQuestions, unknownQuestions } from './first-pass.ts';

const referential = loadMeasures();
const firstPass = loadFirstPass(referential);

/** Every measure unanswered and applicable, then `over` per measure id. */
function measures(over: Record<string, Partial<MeasureView>> = {}): MeasureView[] {
  return referential.measures.map(
    (m) =>
      ({
        id: m.id,
        title: m.title,
        applies: true,
        status: null,
        origin: null,
        firstPassQuestion: null,
        ...over[m.id],
      }) as MeasureView,
  );
}

describe('first-pass referential', () => {
  it('asks 15 to 20 short questions that answer every measure exactly once', () => {
    expect(firstPass.questions.length).toBeGreaterThanOrEqual(15);
    expect(firstPass.questions.length).toBeLessThanOrEqual(20);
    const asked = firstPass.questions.flatMap((q) => q.measures);
    expect(new Set(asked).size).toBe(asked.length);
    expect(new Set(asked)).toEqual(new Set(referential.measures.map((m) => m.id)));
    for (const q of firstPass.questions) expect(q.question, q.id).toMatch(/ \?$/);
  });

  it.each([
    [
      'a measure asked twice',
      (yaml: string) =>
        yaml.replace(
          '      - chiffrement-envois-internet\n',
          '      - chiffrement-envois-internet\n      - messagerie-mssante\n',
        ),
      'figure dans les questions « messagerie-securisee » et « messagerie-securisee »',
    ],
    [
      'a measure forgotten',
      (yaml: string) => yaml.replace('      - chiffrement-envois-internet\n', ''),
      'la mesure « chiffrement-envois-internet » ne figure dans aucune question',
    ],
    [
      'an unknown measure',
      (yaml: string) =>
        yaml.replace(
          '      - chiffrement-envois-internet\n',
          '      - chiffrement-envois-internet\n      - pigeon-voyageur\n',
        ),
      'mesure inconnue « pigeon-voyageur »',
    ],
  ])('refuses to start with %s, naming it', (_label, edit, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-first-pass-'));
    cpSync(defaultReferentialDir, dir, { recursive: true });
    const file = join(dir, 'first-pass.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8').replace(/\r\n/g, '\n')));
    expect(() => loadFirstPass(referential, dir)).toThrow(message);
  });
});

describe('first pass → measures', () => {
  it.each<[FirstPassAnswer, string]>([
    ['yes', 'done'],
    ['partly', 'partial'],
    ['no', 'todo'],
    ['dont_know', 'unknown'],
  ])('« %s » sets « %s » on every measure of the question', (answer, status) => {
    const changes = firstPassChanges(firstPass, measures(), { 'mots-de-passe': answer });
    expect(changes.map((c) => c.measureId)).toEqual([
      'mot-de-passe-complexe',
      'mot-de-passe-unique',
      'coffre-fort-mots-de-passe',
      'mots-de-passe-par-defaut',
      'chiffrement-sites-https',
    ]);
    for (const change of changes) {
      expect(change).toEqual({
        measureId: change.measureId,
        input: { status },
        origin: { firstPassQuestion: 'mots-de-passe' },
      });
    }
  });

  it.each<[string, Record<string, Partial<MeasureView>>, string[]]>([
    [
      'a measure that does not concern the practice is left alone',
      { 'wifi-wpa': { applies: false }, 'wifi-invites': { applies: false } },
      ['reseau-appareils-maitrises', 'reseau-separation-objets', 'wifi-public-deplacements', 'acces-distance-securise'],
    ],
    [
      'a measure Hygie observes is left alone',
      { 'wifi-wpa': { status: 'done', origin: 'observed' } },
      [
        'wifi-invites',
        'reseau-appareils-maitrises',
        'reseau-separation-objets',
        'wifi-public-deplacements',
        'acces-distance-securise',
      ],
    ],
    [
      'a measure refined in the full view is kept',
      { 'wifi-wpa': { status: 'partial', origin: 'person' } },
      [
        'wifi-invites',
        'reseau-appareils-maitrises',
        'reseau-separation-objets',
        'wifi-public-deplacements',
        'acces-distance-securise',
      ],
    ],
    [
      'a measure set by this question before is set again',
      { 'wifi-wpa': { status: 'todo', origin: 'first_pass', firstPassQuestion: { id: 'reseau', question: '…' } } },
      [
        'wifi-wpa',
        'wifi-invites',
        'reseau-appareils-maitrises',
        'reseau-separation-objets',
        'wifi-public-deplacements',
        'acces-distance-securise',
      ],
    ],
  ])('%s', (_label, over, expected) => {
    expect(firstPassChanges(firstPass, measures(over), { reseau: 'yes' }).map((c) => c.measureId)).toEqual(expected);
  });

  it('skips a question none of whose measures is left, and gives back the previous answer', () => {
    const noWifi = Object.fromEntries(
      [
        'wifi-wpa',
        'wifi-invites',
        'reseau-appareils-maitrises',
        'reseau-separation-objets',
        'wifi-public-deplacements',
        'acces-distance-securise',
      ].map((id) => [id, { applies: false }]),
    );
    const previous = {
      status: 'partial' as const,
      origin: 'first_pass' as const,
      firstPassQuestion: { id: 'chiffrement', question: '…' },
    };
    const questions = firstPassQuestions(
      firstPass,
      measures({
        ...noWifi,
        'chiffrement-disques': previous,
        'chiffrement-cles-usb': previous,
        'cles-usb-inconnues': previous,
      }),
    );
    expect(questions.map((q) => q.id)).not.toContain('reseau');
    expect(questions.find((q) => q.id === 'chiffrement')?.previous).toBe('partly');
    expect(questions.find((q) => q.id === 'mots-de-passe')?.previous).toBeNull();
  });

  it.each([
    [false, 'equipe', /vous et votre équipe/],
    [true, 'equipe', /^Prenez-vous chaque année un moment pour vous former aux arnaques/],
    [false, 'comptes-personnels', /^Chaque personne a-t-elle son propre compte/],
    [true, 'comptes-personnels', /^Avez-vous votre propre compte/],
    // A question without a wording of its own for one is asked the same way.
    [true, 'mots-de-passe', /^Avez-vous un mot de passe long/],
  ])('words the questions for a practitioner alone (%s): %s', (alone, id, wording) => {
    const question = firstPassQuestions(firstPass, measures(), { alone }).find((q) => q.id === id)?.question;
    expect(question).toMatch(wording);
    if (alone) expect(question).not.toMatch(/équipe|[Cc]haque personne/);
  });

  it('answers nothing for a question left unanswered, and names unknown question ids', () => {
    expect(firstPassChanges(firstPass, measures(), {})).toEqual([]);
    expect(unknownQuestions(firstPass, { reseau: 'yes', 'pas-une-question': 'no' })).toEqual(['pas-une-question']);
  });
});
