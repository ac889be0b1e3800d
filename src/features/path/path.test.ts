import { describe, expect, it } from 'vitest';
import type { TodoItem } from '../../lib/todo/registry.ts';
import { todoItem } from '../../lib/todo/todo.test-support.ts';
import { backupFacts } from './path.facts.ts';
import {
  nextStep,
  type PathFacts,
  type ProfileFacts,
  pathSteps,
  profileGaps,
  type StepId,
  type StepState,
} from './path.ts';

/** A practice that did everything, on its own computer. */
const DONE: PathFacts = {
  local: true,
  profileGaps: [],
  register: { activities: 6, toComplete: 0 },
  notice: { outdated: false, downloaded: true },
  diagnostic: { applicable: 74, unanswered: 0, newUnanswered: 0, completedAt: '2026-12-07T10:00:00.000Z' },
  planOpenedAt: '2026-12-07T10:05:00.000Z',
  kitDownloaded: true,
  backup: 'recent',
  dossierAt: '2026-12-07T10:10:00.000Z',
};

const stateOf = (facts: PathFacts, id: StepId) => pathSteps(facts).find((step) => step.id === id);

describe('the steps of « Ma mise en conformité »', () => {
  it('are all done when every fact is there, in order, each with its time', () => {
    const steps = pathSteps(DONE);
    expect(steps.map((s) => [s.id, s.state, s.minutes])).toEqual([
      ['profile', 'done', 3],
      ['register', 'done', 5],
      ['patient-information', 'done', 3],
      ['diagnostic', 'done', 10],
      ['action-plan', 'done', 2],
      ['backup', 'done', 3],
      ['dossier', 'done', 2],
    ]);
    expect(steps.every((s) => s.reason === null)).toBe(true);
    expect(nextStep(steps)).toBeNull();
  });

  /** [what changes, the step, its state, part of its reason]: each fact taken away sends one step back. */
  it.each<[string, Partial<PathFacts>, StepId, StepState, string]>([
    ['the address is missing', { profileGaps: ['adresse', 'téléphone'] }, 'profile', 'todo', 'adresse, téléphone'],
    ['no activity yet', { register: { activities: 0, toComplete: 0 } }, 'register', 'todo', 'Acceptez'],
    ['an activity to complete', { register: { activities: 6, toComplete: 1 } }, 'register', 'todo', '1 activité'],
    ['no notice yet', { notice: null }, 'patient-information', 'todo', 'Générez'],
    [
      'notice not downloaded',
      { notice: { outdated: false, downloaded: false } },
      'patient-information',
      'todo',
      'Téléchargez',
    ],
    [
      'the register changed since',
      { notice: { outdated: true, downloaded: true } },
      'patient-information',
      'redo',
      'a changé',
    ],
    [
      'measures without answer',
      { diagnostic: { applicable: 74, unanswered: 31, newUnanswered: 0, completedAt: null } },
      'diagnostic',
      'todo',
      '31 mesures sans réponse',
    ],
    [
      'new measures in the referential',
      { diagnostic: { applicable: 76, unanswered: 2, newUnanswered: 2, completedAt: null } },
      'diagnostic',
      'redo',
      '2 nouvelles mesures',
    ],
    [
      'nothing answered, nothing applicable yet',
      { diagnostic: { applicable: 0, unanswered: 0, newUnanswered: 0, completedAt: null } },
      'diagnostic',
      'todo',
      '0 mesure',
    ],
    [
      'an answer cleared back to « sans réponse »',
      { diagnostic: { applicable: 74, unanswered: 1, newUnanswered: 0, completedAt: null } },
      'diagnostic',
      'todo',
      '1 mesure sans réponse',
    ],
    ['plan never opened', { planOpenedAt: null }, 'action-plan', 'todo', 'Ouvrez'],
    [
      'diagnostic completed after the plan was read',
      { planOpenedAt: '2026-12-07T09:00:00.000Z' },
      'action-plan',
      'redo',
      'relisez',
    ],
    ['kit never downloaded', { kitDownloaded: false }, 'backup', 'todo', 'kit de secours'],
    ['no backup yet', { backup: 'never' }, 'backup', 'todo', 'première sauvegarde'],
    ['backup older than a week', { backup: 'overdue' }, 'backup', 'redo', 'plus d’une semaine'],
    ['compliance file never produced', { dossierAt: null }, 'dossier', 'todo', 'Téléchargez-le'],
    [
      'diagnostic completed after the file was produced',
      { dossierAt: '2026-12-07T09:00:00.000Z' },
      'dossier',
      'redo',
      'établissez-le à nouveau',
    ],
  ])('%s → %s is %s', (_label, change, id, state, reason) => {
    const facts = { ...DONE, ...change };
    const steps = pathSteps(facts);
    expect(stateOf(facts, id)).toMatchObject({ state, reason: expect.stringContaining(reason) });
    expect(steps.filter((s) => s.state !== 'done').map((s) => s.id)).toEqual([id]);
    expect(nextStep(steps)?.id).toBe(id);
    // And back: the fact returns, the step is done again.
    expect(stateOf(DONE, id)?.state).toBe('done');
  });

  it('asks no backup in hosted mode (the host backs up), only the kit', () => {
    const hosted = { ...DONE, local: false, backup: 'never' as const };
    expect(stateOf(hosted, 'backup')).toMatchObject({ title: 'Le kit de secours', state: 'done' });
    expect(stateOf({ ...hosted, kitDownloaded: false }, 'backup')?.state).toBe('todo');
    expect(stateOf(DONE, 'backup')?.title).toBe('La sauvegarde et le kit de secours');
  });

  it.each<[string, PathFacts['diagnostic'], string]>([
    [
      'nothing answered',
      { applicable: 74, unanswered: 74, newUnanswered: 0, completedAt: null },
      '/diagnostic/premier-passage',
    ],
    [
      'half answered',
      { applicable: 74, unanswered: 31, newUnanswered: 0, completedAt: null },
      '/diagnostic/premier-passage',
    ],
    [
      'new measures',
      { applicable: 76, unanswered: 2, newUnanswered: 2, completedAt: null },
      '/diagnostic/premier-passage',
    ],
    ['complete', DONE.diagnostic, '/diagnostic'],
  ])('leads the diagnostic step to the first pass while it is not complete (%s)', (_label, diagnostic, href) => {
    expect(stateOf({ ...DONE, diagnostic }, 'diagnostic')?.href).toBe(href);
  });

  it('keeps a done step done when later facts move on (a newer plan visit, a newer file)', () => {
    const later = { ...DONE, planOpenedAt: '2026-12-08T08:00:00.000Z', dossierAt: '2026-12-09T08:00:00.000Z' };
    expect(pathSteps(later).every((s) => s.state === 'done')).toBe(true);
  });

  it('leads the button to the first step not done, whatever comes after', () => {
    const facts = { ...DONE, notice: null, planOpenedAt: null, kitDownloaded: false };
    expect(nextStep(pathSteps(facts))?.id).toBe('patient-information');
  });
});

/** A profile with everything the documents print. */
const PROFILE: ProfileFacts = {
  professions: ['infirmier'],
  dataLocations: ['cloud'],
  address: '12 rue des Lilas, 93260 Les Lilas',
  phone: '01 23 45 67 89',
  email: null,
  careSetting: 'both',
};

describe('what the documents need from the profile', () => {
  it.each<[string, Partial<ProfileFacts>, string[]]>([
    ['everything there (a phone is enough)', {}, []],
    ['an e-mail instead of a phone', { phone: null, email: 'cabinet@exemple.fr' }, []],
    ['no address', { address: '  ' }, ['l’adresse du cabinet']],
    ['neither phone nor e-mail', { phone: null, email: '' }, ['un téléphone ou un e-mail du cabinet']],
    ['no care setting', { careSetting: null }, ['où vous soignez vos patients']],
    [
      'nothing given',
      { professions: [], dataLocations: [], address: null, phone: null, careSetting: null },
      [
        'vos professions',
        'où sont gardées les données des patients',
        'l’adresse du cabinet',
        'un téléphone ou un e-mail du cabinet',
        'où vous soignez vos patients',
      ],
    ],
  ])('%s', (_label, change, gaps) => {
    expect(profileGaps({ ...PROFILE, ...change })).toEqual(gaps);
    // And back: the answer given, nothing is missing.
    expect(profileGaps(PROFILE)).toEqual([]);
  });

  it('sends the profile step back to « à faire » with what is missing, and forward once given', () => {
    const gaps = profileGaps({ ...PROFILE, address: null });
    expect(stateOf({ ...DONE, profileGaps: gaps }, 'profile')).toMatchObject({
      state: 'todo',
      reason: 'Il manque : l’adresse du cabinet.',
    });
    expect(stateOf({ ...DONE, profileGaps: profileGaps(PROFILE) }, 'profile')?.state).toBe('done');
  });

  it('names the whole profile when the practice is not found', () => {
    expect(profileGaps(null)).toEqual(['le profil du cabinet']);
  });
});

const item = (kind: TodoItem['kind'], over: Partial<TodoItem> = {}) => todoItem(`${kind}:x`, { kind, ...over });

describe('the backup facts, read from the « à faire » list', () => {
  it.each<[string, TodoItem[], ReturnType<typeof backupFacts>]>([
    ['nothing to do (hosted, kit downloaded)', [], { kitDownloaded: true, backup: 'recent' }],
    ['kit to download', [item('recovery-kit')], { kitDownloaded: false, backup: 'recent' }],
    ['no backup yet', [item('backup')], { kitDownloaded: true, backup: 'never' }],
    [
      'backup due later',
      [item('backup', { due: '2026-12-14T09:00:00.000Z' })],
      { kitDownloaded: true, backup: 'recent' },
    ],
    [
      'backup overdue',
      [item('backup', { due: '2026-12-01T09:00:00.000Z', state: 'overdue' })],
      { kitDownloaded: true, backup: 'overdue' },
    ],
  ])('%s', (_label, items, facts) => {
    expect(backupFacts(items)).toEqual(facts);
  });
});
