/**
 * « Ma mise en conformité »: the few steps a practice takes in order, each done, to do, or to redo
 * because a fact changed since it was done. Pure: the state of every step is a function of the
 * facts gathered from the repositories and the « à faire » list (path.facts.ts).
 */

export const STEP_IDS = [
  'profile',
  'register',
  'patient-information',
  'diagnostic',
  'action-plan',
  'backup',
  'dossier',
] as const;
export type StepId = (typeof STEP_IDS)[number];
export type StepState = 'done' | 'todo' | 'redo';

/** What the steps are computed from. */
export interface PathFacts {
  /** A practice's own computer (SQLite): the backup is the practice's; hosted, the host's. */
  local: boolean;
  /** French names of the profile answers the documents need and that are missing ({@link profileGaps}). */
  profileGaps: string[];
  register: { activities: number; toComplete: number };
  /** The latest version of the notice, if any: outdated, and whether one of its documents was downloaded. */
  notice: { outdated: boolean; downloaded: boolean } | null;
  diagnostic: {
    applicable: number;
    unanswered: number;
    /** Of the unanswered ones, those added to the referential since the practice last answered. */
    newUnanswered: number;
    /**
     * When every applicable measure got its answer (the last of them), as the diagnostic's
     * `progress.completedAt` says; null while one is missing. The diagnostic step is done when set.
     */
    completedAt: string | null;
  };
  /** Last time the plan was opened or downloaded (ISO instant), or null. */
  planOpenedAt: string | null;
  kitDownloaded: boolean;
  /** On a practice's own computer: none yet, or the weekly backup is overdue. */
  backup: 'never' | 'overdue' | 'recent';
  /** Last time the compliance file was produced (PDF or ZIP, `dossier.generated`), or null. */
  dossierAt: string | null;
}

/** The profile answers the documents print (the notice, the poster, the leaflet, the register). */
export interface ProfileFacts {
  professions: readonly string[];
  dataLocations: readonly string[];
  address: string | null;
  phone: string | null;
  email: string | null;
  careSetting: string | null;
}

const blank = (text: string | null) => text === null || text.trim() === '';

/**
 * What the documents need from the profile and is missing, in French, in the order of the practice
 * page: the professions (the register's proposals), where the data are kept (the hygiene rules),
 * the address and a phone or an e-mail (the poster and the leaflet say how to reach the controller),
 * where care happens (poster or leaflet first).
 * @example profileGaps({ ...profile, address: null }) // ['l’adresse du cabinet']
 */
export function profileGaps(profile: ProfileFacts | null): string[] {
  if (profile === null) return ['le profil du cabinet'];
  return [
    ...(profile.professions.length > 0 ? [] : ['vos professions']),
    ...(profile.dataLocations.length > 0 ? [] : ['où sont gardées les données des patients']),
    ...(blank(profile.address) ? ['l’adresse du cabinet'] : []),
    ...(blank(profile.phone) && blank(profile.email) ? ['un téléphone ou un e-mail du cabinet'] : []),
    ...(blank(profile.careSetting) ? ['où vous soignez vos patients'] : []),
  ];
}

export interface PathStep {
  id: StepId;
  title: string;
  state: StepState;
  /** Why it is to do or to redo, in one sentence; null when done. */
  reason: string | null;
  /** About how long it takes, in minutes (« environ 3 min »). */
  minutes: number;
  /** The label of the button that leads there. */
  action: string;
  href: string;
}

interface StepRule {
  title: (facts: PathFacts) => string;
  minutes: number;
  action: (facts: PathFacts) => string;
  href: string | ((facts: PathFacts) => string);
  /** null when done. */
  check: (facts: PathFacts) => { state: Exclude<StepState, 'done'>; reason: string } | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const todo = (reason: string) => ({ state: 'todo' as const, reason });
const redo = (reason: string) => ({ state: 'redo' as const, reason });

/**
 * A step done by reading what the diagnostic gave (the plan, the compliance file): to do until it
 * happened, to redo when the diagnostic was completed again after it.
 */
const afterDiagnostic =
  (at: (facts: PathFacts) => string | null, never: string, changed: string) => (facts: PathFacts) => {
    const when = at(facts);
    if (when === null) return todo(never);
    const { completedAt } = facts.diagnostic;
    return completedAt !== null && when < completedAt ? redo(changed) : null;
  };

/** The rules, in the path's order. */
export const STEP_RULES: Record<StepId, StepRule> = {
  profile: {
    title: () => 'Le profil du cabinet',
    minutes: 3,
    action: () => 'Compléter le profil du cabinet',
    href: '/cabinet',
    check: ({ profileGaps }) => (profileGaps.length === 0 ? null : todo(`Il manque : ${profileGaps.join(', ')}.`)),
  },
  register: {
    title: () => 'Le registre des traitements',
    minutes: 5,
    action: () => 'Ouvrir le registre',
    href: '/registre',
    check: ({ register }) => {
      if (register.activities === 0) return todo('Acceptez les activités que Hygie propose pour votre profession.');
      if (register.toComplete > 0) {
        return todo(`${plural(register.toComplete, 'activité', 'activités')} à compléter.`);
      }
      return null;
    },
  },
  'patient-information': {
    title: () => 'L’information des patients',
    minutes: 3,
    action: () => 'Préparer l’information des patients',
    href: '/information-patients',
    check: ({ notice }) => {
      if (notice === null) return todo('Générez l’information, puis téléchargez l’affiche ou le dépliant.');
      if (notice.outdated) return redo('Le registre ou le cabinet a changé : générez une nouvelle version.');
      if (!notice.downloaded) return todo('Téléchargez l’affiche ou le dépliant, puis affichez-le ou remettez-le.');
      return null;
    },
  },
  diagnostic: {
    title: () => 'Le premier diagnostic',
    minutes: 10,
    action: () => 'Faire le diagnostic',
    // The first pass while a measure has no answer; the full view once the diagnostic is complete.
    href: ({ diagnostic: d }) =>
      d.applicable > 0 && d.unanswered === 0 ? '/diagnostic' : '/diagnostic/premier-passage',
    check: ({ diagnostic: d }) => {
      if (d.completedAt !== null) return null;
      if (d.unanswered > 0 && d.unanswered === d.newUnanswered) {
        return redo(`${plural(d.newUnanswered, 'nouvelle mesure', 'nouvelles mesures')} à regarder.`);
      }
      return todo(`${plural(d.unanswered, 'mesure', 'mesures')} sans réponse.`);
    },
  },
  'action-plan': {
    title: () => 'Le plan d’action',
    minutes: 2,
    action: () => 'Ouvrir le plan d’action',
    href: '/plan-d-action',
    check: afterDiagnostic(
      (facts) => facts.planOpenedAt,
      'Ouvrez le plan : il dit quoi faire en premier.',
      'Le diagnostic a changé depuis : relisez le plan.',
    ),
  },
  backup: {
    title: ({ local }) => (local ? 'La sauvegarde et le kit de secours' : 'Le kit de secours'),
    minutes: 3,
    action: ({ local }) => (local ? 'Sauvegarder et imprimer le kit' : 'Imprimer le kit de secours'),
    href: '/mon-compte#sauvegarde',
    check: ({ local, kitDownloaded, backup }) => {
      if (!kitDownloaded) return todo('Téléchargez le kit de secours et rangez-le sous clé.');
      if (!local || backup === 'recent') return null;
      return backup === 'never'
        ? todo('Faites votre première sauvegarde.')
        : redo('Votre dernière sauvegarde date de plus d’une semaine.');
    },
  },
  dossier: {
    title: () => 'Le dossier de conformité',
    minutes: 2,
    action: () => 'Établir le dossier de conformité',
    href: '/dossier-de-conformite',
    check: afterDiagnostic(
      (facts) => facts.dossierAt,
      'Téléchargez-le : il rassemble vos documents et vos preuves.',
      'Le diagnostic a changé depuis : établissez-le à nouveau.',
    ),
  },
};

/**
 * The steps in order with their state.
 * @example pathSteps(facts).map((s) => s.state) // ['done', 'done', 'redo', 'todo', 'todo', 'todo', 'todo']
 */
export function pathSteps(facts: PathFacts): PathStep[] {
  return STEP_IDS.map((id) => {
    const rule = STEP_RULES[id];
    const open = rule.check(facts);
    return {
      id,
      title: rule.title(facts),
      state: open?.state ?? 'done',
      reason: open?.reason ?? null,
      minutes: rule.minutes,
      action: rule.action(facts),
      href: typeof rule.href === 'function' ? rule.href(facts) : rule.href,
    };
  });
}

/** The first step not done, the one the page's button leads to; null when all are done. */
export function nextStep(steps: readonly PathStep[]): PathStep | null {
  return steps.find((step) => step.state !== 'done') ?? null;
}
