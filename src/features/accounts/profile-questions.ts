/**
 * The questions of the practice profile, worded once: the first-run wizard, the practice page and
 * the CLI's help read them from here, so a field is named and defined the same way everywhere.
 * Pure and free of server imports: the web application imports it too.
 * To add a question: its closed list (if any) and its wording here, its Zod field in
 * accounts.schema.ts, its column in practices.repository.ts and a migration.
 */

/** How a question reads: its label and the one-sentence help under it. */
export interface QuestionText {
  label: string;
  help: string;
}

/** A choice of a closed list, with its label and help. */
export interface Choice<V extends string> extends QuestionText {
  value: V;
}

/**
 * The practice's structure (`structureType`), in referential/structure-types.yaml's order, with its
 * label and help as that file words them (the file keeps the legal sources; a test keeps both the
 * same): the wizard and the practice page read them from here.
 */
export const STRUCTURE_TYPE_CHOICES = [
  { value: 'solo', label: 'Exercice seul', help: 'Seul ou seule, éventuellement avec une secrétaire.' },
  {
    value: 'group',
    label: 'Cabinet de groupe',
    help: 'Plusieurs professionnels partagent locaux ou secrétariat (souvent une SCM).',
  },
  {
    value: 'msp',
    label: 'Maison de santé pluriprofessionnelle (MSP)',
    help: 'Des professionnels de santé réunis autour d’un projet de santé.',
  },
  {
    value: 'health_center',
    label: 'Centre de santé',
    help: 'Géré par une association, une mutuelle ou une collectivité ; professionnels salariés.',
  },
  { value: 'pharmacy', label: 'Officine de pharmacie', help: 'Une pharmacie ouverte au public.' },
  {
    value: 'laboratory',
    label: 'Laboratoire de biologie médicale',
    help: 'Examens de biologie médicale, comme les prises de sang.',
  },
] as const satisfies readonly Choice<string>[];
export type StructureTypeChoice = (typeof STRUCTURE_TYPE_CHOICES)[number]['value'];

/** Where the patients' data are kept (`dataLocations`). */
export const DATA_LOCATIONS = ['local', 'cloud', 'paper'] as const;
export type DataLocation = (typeof DATA_LOCATIONS)[number];

export const DATA_LOCATION_CHOICES: readonly Choice<DataLocation>[] = [
  {
    value: 'local',
    label: 'Sur un ordinateur ou un serveur du cabinet',
    help: 'Le logiciel et ses données sont installés sur un ordinateur ou un serveur du cabinet.',
  },
  {
    value: 'cloud',
    label: 'En ligne, chez un hébergeur',
    help: 'Vous utilisez un logiciel en ligne : les données sont conservées sur Internet, chez un hébergeur.',
  },
  { value: 'paper', label: 'Sur papier', help: 'Dossiers, fiches ou agendas papier rangés au cabinet.' },
];

/** Where care happens (`careSetting`): it decides whether a waiting-room poster reaches the patients. */
export const CARE_SETTINGS = ['practice', 'home', 'both'] as const;
export type CareSetting = (typeof CARE_SETTINGS)[number];

export const CARE_SETTING_CHOICES: readonly Choice<CareSetting>[] = [
  { value: 'practice', label: 'Au cabinet', help: 'Les patients viennent au cabinet.' },
  { value: 'home', label: 'Au domicile des patients', help: 'Vous soignez chez les patients, sans salle d’attente.' },
  { value: 'both', label: 'Les deux', help: 'Au cabinet et au domicile des patients.' },
];

/** Professions that usually also see patients at home: the wizard proposes « Les deux » for them. */
const HOME_CARE_PROFESSIONS: ReadonlySet<string> = new Set(['infirmier', 'masseur_kinesitherapeute', 'sage_femme']);

/**
 * The wizard's starting answer to « Où soignez-vous vos patients ? ».
 * @example defaultCareSetting(['infirmier']) // 'both'
 */
export function defaultCareSetting(professions: readonly string[]): CareSetting {
  return professions.some((p) => HOME_CARE_PROFESSIONS.has(p)) ? 'both' : 'practice';
}

/**
 * The form of practice (`legalForm`): it decides how long accounting records are kept. A
 * practitioner taxed under BNC keeps them 6 years (Livre des procédures fiscales L. 102 B); a
 * company or a trader (SEL, SCP, pharmacy) 10 years (Code de commerce L. 123-22).
 */
export const LEGAL_FORMS = ['individual', 'company'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_CHOICES: readonly Choice<LegalForm>[] = [
  {
    value: 'individual',
    label: 'En nom propre (bénéfices non commerciaux, BNC)',
    help: 'Vous exercez en libéral à votre nom, seul ou en partageant des locaux : pièces comptables gardées 6 ans au moins.',
  },
  {
    value: 'company',
    label: 'En société ou comme commerçant (SEL, SELARL, SCP, pharmacie…)',
    help: 'Le cabinet, la pharmacie ou le laboratoire est une société ou un commerce : pièces comptables gardées 10 ans.',
  },
];

/** Structures that are companies or traders by nature. */
const COMPANY_STRUCTURES: ReadonlySet<string> = new Set(['pharmacy', 'laboratory']);

/**
 * The form of practice when the practice has not answered: a pharmacy or a laboratory is a company
 * (or a trader), anyone else a practitioner under BNC.
 * @example effectiveLegalForm({ legalForm: null, structureType: 'pharmacy' }) // 'company'
 */
export function effectiveLegalForm(practice: { legalForm: LegalForm | null; structureType: string }): LegalForm {
  return practice.legalForm ?? (COMPANY_STRUCTURES.has(practice.structureType) ? 'company' : 'individual');
}

/**
 * A physician's field (`medicalSpecialties`): some make the mere fact of being a patient revealing
 * (ENISA 2013 annex, GDPR recital 35), which raises a breach's data-context score.
 */
export const MEDICAL_SPECIALTIES = [
  'general',
  'psychiatry',
  'addiction',
  'sexual_health',
  'abortion',
  'oncology',
  'other',
] as const;
export type MedicalSpecialty = (typeof MEDICAL_SPECIALTIES)[number];

export const MEDICAL_SPECIALTY_CHOICES: readonly Choice<MedicalSpecialty>[] = [
  { value: 'general', label: 'Médecine générale', help: 'Médecin généraliste, médecin traitant.' },
  { value: 'psychiatry', label: 'Psychiatrie', help: 'Psychiatrie, pédopsychiatrie, suivi psychologique.' },
  { value: 'addiction', label: 'Addictologie', help: 'Suivi des addictions, traitements de substitution.' },
  {
    value: 'sexual_health',
    label: 'Santé sexuelle',
    help: 'Infections sexuellement transmissibles, VIH, contraception, PrEP.',
  },
  {
    value: 'abortion',
    label: 'Interruption volontaire de grossesse',
    help: 'Consultations d’IVG en ville.',
  },
  { value: 'oncology', label: 'Oncologie', help: 'Suivi des cancers.' },
  { value: 'other', label: 'Autre spécialité', help: 'Une autre spécialité médicale.' },
];

/** The wording of each question, by profile field. */
export const QUESTIONS = {
  staffCount: {
    label: 'Nombre de personnes qui travaillent avec vous, sans compter les praticiens',
    help: 'Secrétaires, assistants, agents d’entretien… Indiquez 0 si personne d’autre.',
  },
  dataLocations: {
    label: 'Où sont conservées les données de vos patients ?',
    help: 'Plusieurs choix possibles.',
  },
  careSetting: {
    label: 'Où soignez-vous vos patients ?',
    help: 'À domicile, Hygie vous proposera un dépliant à remettre plutôt qu’une affiche.',
  },
  address: {
    label: 'Adresse du cabinet',
    help: 'Elle figure sur l’affiche, le dépliant et le registre.',
  },
  phone: { label: 'Téléphone du cabinet', help: 'Celui que les patients appellent.' },
  email: { label: 'E-mail du cabinet', help: 'Facultatif : l’adresse où les patients peuvent vous écrire.' },
  website: {
    label: 'Site internet du cabinet',
    help: 'Par exemple cabinet-martin.fr ; laissez vide s’il n’y en a pas.',
  },
  videoSurveillance: {
    label: 'Le cabinet est équipé de caméras de vidéosurveillance',
    help: 'Le registre en tiendra compte.',
  },
  legalForm: {
    label: 'Forme d’exercice',
    help: 'Elle fixe la durée de conservation des pièces comptables : 6 ans en nom propre (BNC), 10 ans pour une société ou un commerçant.',
  },
  medicalSpecialties: {
    label: 'Spécialités des médecins du cabinet',
    help: 'Pour certaines spécialités (psychiatrie, addictologie, santé sexuelle, IVG, oncologie), le seul fait d’être patient révèle beaucoup : en cas de violation de données, la gravité en tient compte.',
  },
  goodFriday: {
    label: 'Le Vendredi saint est férié dans votre commune',
    help: 'En Alsace-Moselle, il ne l’est que dans les communes qui ont un temple protestant ou une église mixte (code du travail, article L. 3134-13). Sans cette case, Hygie ne le compte pas : les échéances tombent au plus tôt, jamais trop tard.',
  },
} as const satisfies Record<string, QuestionText>;

/** The label of a choice, or the value itself when unknown. */
export function choiceLabel<V extends string>(choices: readonly Choice<V>[], value: string): string {
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

/** A website address accepted as typed: a domain name, with or without http(s):// and a path. */
export const WEBSITE_PATTERN =
  /^(https?:\/\/)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?(\/\S*)?$/i;

/**
 * The full address of a website typed as « cabinet-martin.fr » (https is assumed when no scheme is given).
 * @example websiteUrl('cabinet-martin.fr/rgpd') // 'https://cabinet-martin.fr/rgpd'
 */
export function websiteUrl(website: string): string {
  const trimmed = website.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The department numbers the profile accepts (metropolitan, Corsica, overseas). */
export const DEPARTMENT_PATTERN = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-8])$/;

/**
 * The department of a French postal address, from its postcode (the last five-digit number):
 * its first two digits, three overseas (971–978), 2A or 2B in Corsica; null when none is found.
 * The wizard fills the department with it, and the person can correct it.
 * @example departmentOfAddress('12 rue des Lilas, 93260 Les Lilas') // '93'
 * @example departmentOfAddress('Route de Sartène, 20090 Ajaccio') // '2A'
 */
export function departmentOfAddress(address: string): string | null {
  const postcode = address.match(/\b\d{5}\b/g)?.at(-1);
  if (!postcode) return null;
  const department = postcode.startsWith('20')
    ? Number(postcode.slice(2, 3)) < 2
      ? '2A'
      : '2B'
    : postcode.startsWith('97')
      ? postcode.slice(0, 3)
      : postcode.slice(0, 2);
  return DEPARTMENT_PATTERN.test(department) ? department : null;
}
