import { ARTICLE_6_LABELS, ARTICLE_9_LABELS, legalBasisText } from '../register/legal-basis.ts';
import type { ActivityFields, Article6Basis, Article9Condition, Transfer } from '../register/register.types.ts';
import { DEFAULT_MANDATORY_DATA, DEFAULT_RIGHTS_CONTACT } from './notice-text.ts';

/** What the notice needs beyond the practice profile; null fields take Hygie's default wording. */
export interface NoticeSettings {
  /** Who is responsible, when not the practice's name (e.g. « Mme Claire Martin, infirmière »). */
  controller: string | null;
  /** How patients exercise their rights (default: at the practice, at the contact details given). */
  rightsContact: string | null;
  /** Which data are mandatory and what happens without them (default: {@link DEFAULT_MANDATORY_DATA}). */
  mandatoryData: string | null;
}

export const EMPTY_SETTINGS: NoticeSettings = {
  controller: null,
  rightsContact: null,
  mandatoryData: null,
};

/** The register fields the notice reads from each active activity. */
export type NoticeActivity = Pick<
  ActivityFields,
  | 'name'
  | 'controller'
  | 'purposes'
  | 'legalBasis'
  | 'dataSubjects'
  | 'dataCategories'
  | 'internalRecipients'
  | 'externalRecipients'
  | 'transfers'
>;

export interface NoticeDpo {
  name: string;
  email: string | null;
  phone: string | null;
}

/** The controller's contact details, from the practice profile. */
export interface NoticeContact {
  address: string | null;
  phone: string | null;
  email: string | null;
}

/** Everything the notice is made from. */
export interface NoticeInput {
  practiceName: string;
  /** The practice profile's contact details (asked by the wizard, changed on the practice page). */
  contact: NoticeContact;
  settings: NoticeSettings;
  /** Where patients read the full text (the practice's website, or Hygie's public page), or null. */
  fullTextUrl: string | null;
  /** The DPO of the practice profile, when designated. */
  dpo: NoticeDpo | null;
  /** The latest DPO screening concluded that a DPO is required. */
  dpoRequired: boolean;
  /** The register's active activities, in register order. */
  activities: readonly NoticeActivity[];
}

/** One activity as the notice tells it. */
export interface NoticeActivityContent {
  name: string;
  /** The activity concerns patients (its data subjects name them): the poster tells only these. */
  forPatients: boolean;
  purposes: string[];
  /** « Mission d’intérêt public (art. 6.1.e) ; … » */
  legalBasis: string;
  /** The register's plain-French explanation (it states the legitimate interest, if any). */
  legalBasisDetail: string;
  retention: { label: string; retention: string; health: boolean }[];
  internalRecipients: string[];
  externalRecipients: string[];
}

/**
 * The notice's content, frozen in each version: the documents of a version are rendered from it,
 * so they stay the same whatever changes afterwards.
 */
export interface NoticeContent {
  controller: {
    name: string;
    /** Practitioners responsible for their own patients' data (register: « un praticien »). */
    practitioners: string[];
    /** Joint controllers named by the register. */
    jointControllers: string[];
  };
  contact: NoticeContact;
  /** Where the full text can be read (the poster's QR code); absent from versions made before it existed. */
  fullTextUrl?: string | null;
  dpo: NoticeDpo | null;
  activities: NoticeActivityContent[];
  /** Every legal basis used, in one line (for the poster). */
  legalBasesSummary: string;
  /** The retention periods, each with the data it applies to, and whether health data are among them (for the poster). */
  retentionSummary: { retention: string; categories: string[]; health: boolean }[];
  internalRecipients: string[];
  externalRecipients: string[];
  transfers: Transfer[];
  /** Some processing relies on consent: the notice tells how to withdraw it. */
  consentBased: boolean;
  rightsContact: string;
  mandatoryData: string;
}

/** The mandatory mentions of GDPR art. 13 that the check looks for. */
export const MENTIONS = [
  'controller',
  'contact',
  'dpo',
  'purposes',
  'legal_basis',
  'legitimate_interest',
  'recipients',
  'retention',
  'transfers',
  'mandatory_data',
] as const;
export type Mention = (typeof MENTIONS)[number];

/** A mandatory mention that cannot be written yet, and what to do, in plain French. */
export interface MissingMention {
  mention: Mention;
  message: string;
}

const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === '';
const filled = (list: readonly string[]) => list.map((item) => item.trim()).filter((item) => item !== '');
const unique = (list: readonly string[]) => [...new Set(filled(list))];
const named = (activity: NoticeActivity) => `« ${activity.name.trim() || 'sans nom'} »`;

/**
 * Every mandatory mention of GDPR art. 13 that is missing from what the notice is made from, in
 * plain French, in the order the notice reads: the controller and a way to reach them, the DPO's
 * contact (when designated, or required by the screening), then for each activity its purposes,
 * legal basis (with the legitimate interest when art. 6.1.f is used), recipients and retention,
 * complete transfers outside the EU, and which data are mandatory. Empty when the notice can be generated.
 * @example missingMentions({ ...input, activities: [] })[0].mention // 'purposes'
 */
export function missingMentions(input: NoticeInput): MissingMention[] {
  const missing: MissingMention[] = [];
  const add = (mention: Mention, message: string) => missing.push({ mention, message });
  const { settings } = input;
  if (blank(settings.controller) && blank(input.practiceName)) {
    add('controller', 'Indiquez le nom du responsable des données (le cabinet ou le praticien).');
  }
  const { contact } = input;
  if (blank(contact.address) && blank(contact.phone) && blank(contact.email)) {
    add(
      'contact',
      'Indiquez au moins une coordonnée du cabinet (adresse, téléphone ou e-mail) sur la page « Cabinet » : les patients doivent pouvoir joindre le responsable de leurs données.',
    );
  }
  if (input.dpo === null && input.dpoRequired) {
    add(
      'dpo',
      'Votre évaluation conclut qu’un délégué à la protection des données est obligatoire : désignez-le et indiquez ses coordonnées sur la page « Cabinet ».',
    );
  }
  if (input.dpo !== null && blank(input.dpo.email) && blank(input.dpo.phone)) {
    add(
      'dpo',
      'Le délégué à la protection des données n’a ni e-mail ni téléphone : ajoutez l’un ou l’autre sur la page « Cabinet ».',
    );
  }
  if (input.activities.length === 0) {
    add(
      'purposes',
      'Le registre des traitements ne contient aucune activité : complétez-le d’abord, la notice reprend ses finalités, bases légales, destinataires et durées de conservation.',
    );
  }
  for (const activity of input.activities) {
    if (filled(activity.purposes).length === 0) {
      add('purposes', `Activité ${named(activity)} du registre : indiquez à quoi servent les données (finalités).`);
    }
    if (activity.legalBasis.article6.length === 0) {
      add('legal_basis', `Activité ${named(activity)} du registre : choisissez la base légale.`);
    }
    if (activity.legalBasis.article6.includes('f') && blank(activity.legalBasis.detail)) {
      add(
        'legitimate_interest',
        `Activité ${named(activity)} du registre : la base légale est l’intérêt légitime du cabinet ; expliquez lequel dans le détail de la base légale.`,
      );
    }
    if (filled(activity.internalRecipients).length === 0 && filled(activity.externalRecipients).length === 0) {
      add('recipients', `Activité ${named(activity)} du registre : indiquez qui reçoit ou consulte les données.`);
    }
    if (activity.dataCategories.length === 0 || activity.dataCategories.some((c) => blank(c.retention))) {
      add(
        'retention',
        `Activité ${named(activity)} du registre : indiquez la durée de conservation de chaque catégorie de données.`,
      );
    }
    if (activity.transfers.some((t) => blank(t.recipient) || blank(t.country) || blank(t.safeguard))) {
      add(
        'transfers',
        `Activité ${named(activity)} du registre : complétez le transfert hors de l’Union européenne (destinataire, pays et garantie).`,
      );
    }
  }
  if (settings.mandatoryData !== null && blank(settings.mandatoryData)) {
    add(
      'mandatory_data',
      'Indiquez quelles informations sont obligatoires et ce qui se passe si le patient ne les donne pas.',
    );
  }
  return missing;
}

/** Every legal basis used by the activities, once each, in one French line. */
function legalBasesSummary(activities: readonly NoticeActivity[]): string {
  const article6 = [...new Set(activities.flatMap((a) => a.legalBasis.article6))].sort() as Article6Basis[];
  const article9 = [
    ...new Set(activities.flatMap((a) => (a.legalBasis.article9 === null ? [] : [a.legalBasis.article9]))),
  ].sort() as Article9Condition[];
  const first = article6.map((letter) => `${ARTICLE_6_LABELS[letter]} (art. 6.1.${letter})`).join(', ');
  if (article9.length === 0) return `${first}.`;
  const health = article9.map((letter) => `${ARTICLE_9_LABELS[letter]} (art. 9.2.${letter})`).join(', ');
  return `${first} ; pour les données de santé : ${health}.`;
}

/** The retention periods, each with the categories of data it applies to, in order of first appearance. */
function retentionSummary(activities: readonly NoticeActivity[]): NoticeContent['retentionSummary'] {
  const byRetention = new Map<string, { retention: string; categories: string[]; health: boolean }>();
  for (const category of activities.flatMap((a) => a.dataCategories)) {
    const retention = category.retention.trim();
    const entry = byRetention.get(retention) ?? { retention, categories: [], health: false };
    if (!entry.categories.includes(category.label.trim())) entry.categories.push(category.label.trim());
    entry.health ||= category.health;
    byRetention.set(retention, entry);
  }
  return [...byRetention.values()];
}

const clean = (text: string | null) => (blank(text) ? null : (text as string).trim());

/** « Aucun destinataire extérieur… » says there is none: it is dropped when another activity names one. */
const NONE = /^aucun(e)?\b/i;
function recipientsOf(lists: readonly (readonly string[])[]): string[] {
  const all = unique(lists.flat());
  const named = all.filter((r) => !NONE.test(r));
  return named.length > 0 ? named : all;
}

/** Patients, patientes, « patients et visiteurs »: an activity about them, not about staff or suppliers. */
const PATIENTS = /patient/i;
export const concernsPatients = (activity: Pick<NoticeActivity, 'dataSubjects'>) =>
  activity.dataSubjects.some((subject) => PATIENTS.test(subject));

/**
 * The notice's content from the practice, its settings, its DPO and its register: who is
 * responsible (the practice, the practitioners responsible for their own patients, the joint
 * controllers), the contact details, each activity's purposes, legal basis, recipients and
 * retention, the transfers, and Hygie's default wording where the practice wrote none.
 * Call it once {@link missingMentions} is empty.
 */
export function buildNoticeContent(input: NoticeInput): NoticeContent {
  const { settings, activities } = input;
  const practitioners = unique(
    activities.flatMap((a) => (a.controller.kind === 'practitioner' ? [a.controller.name] : [])),
  );
  const jointControllers = unique(
    activities.flatMap((a) => (a.controller.kind === 'joint' ? a.controller.coControllers : [])),
  );
  return {
    controller: {
      name: clean(settings.controller) ?? input.practiceName.trim(),
      practitioners,
      jointControllers,
    },
    contact: {
      address: clean(input.contact.address),
      phone: clean(input.contact.phone),
      email: clean(input.contact.email),
    },
    fullTextUrl: input.fullTextUrl,
    dpo: input.dpo,
    activities: activities.map((activity) => ({
      name: activity.name.trim(),
      forPatients: concernsPatients(activity),
      purposes: filled(activity.purposes),
      legalBasis: legalBasisText(activity.legalBasis),
      legalBasisDetail: activity.legalBasis.detail.trim(),
      retention: activity.dataCategories.map((c) => ({
        label: c.label.trim(),
        retention: c.retention.trim(),
        health: c.health,
      })),
      internalRecipients: filled(activity.internalRecipients),
      externalRecipients: recipientsOf([activity.externalRecipients]),
    })),
    legalBasesSummary: legalBasesSummary(activities),
    retentionSummary: retentionSummary(activities),
    internalRecipients: unique(activities.flatMap((a) => a.internalRecipients)),
    externalRecipients: recipientsOf(activities.map((a) => a.externalRecipients)),
    transfers: activities.flatMap((a) => a.transfers),
    consentBased: activities.some((a) => a.legalBasis.article6.includes('a') || a.legalBasis.article9 === 'a'),
    rightsContact: clean(settings.rightsContact) ?? DEFAULT_RIGHTS_CONTACT,
    mandatoryData: clean(settings.mandatoryData) ?? DEFAULT_MANDATORY_DATA,
  };
}

/** A phone number that never breaks across lines (its spaces made non-breaking). */
export const unbreakable = (text: string) => text.replace(/ /g, '\u00a0');

/** The contact details in one line, e.g. « 12 rue des Lilas, 69003 Lyon · 04 72 00 00 00 · accueil@cabinet.fr ». */
export function contactLine(contact: NoticeContent['contact']): string {
  const phone = contact.phone === null ? null : unbreakable(contact.phone);
  return [contact.address, phone, contact.email].filter((part) => part !== null).join(' · ');
}

/** The DPO in one line: name, then e-mail and phone when known. */
export function dpoLine(dpo: NoticeDpo): string {
  return [dpo.name, dpo.email, dpo.phone].filter((part) => part !== null && part !== '').join(' · ');
}
