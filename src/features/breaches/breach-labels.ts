/** The register's lists (wire names) and their French labels. Pure: the web page imports them too. */

/** What the breach affects (EDPB: confidentiality, integrity and availability breaches). */
export const BREACH_NATURES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];
export const NATURE_LABELS: Record<BreachNature, string> = {
  confidentiality: 'Confidentialité (des données ont été vues ou divulguées)',
  integrity: 'Intégrité (des données ont été modifiées)',
  availability: 'Disponibilité (des données sont perdues ou inaccessibles)',
};
/** The short form, for a list or a document line. */
export const NATURE_SHORT_LABELS: Record<BreachNature, string> = {
  confidentiality: 'confidentialité',
  integrity: 'intégrité',
  availability: 'disponibilité',
};

export const BREACH_ORIGINS = [
  'device_lost',
  'device_stolen',
  'misdirected_mail',
  'hacking',
  'ransomware',
  'phishing',
  'paper_lost',
  'improper_disposal',
  'human_error',
  'other',
] as const;
export type BreachOrigin = (typeof BREACH_ORIGINS)[number];
export const ORIGIN_LABELS: Record<BreachOrigin, string> = {
  device_lost: 'Appareil perdu',
  device_stolen: 'Appareil volé',
  misdirected_mail: 'Courrier ou message envoyé au mauvais destinataire',
  hacking: 'Piratage',
  ransomware: 'Rançongiciel',
  phishing: 'Hameçonnage',
  paper_lost: 'Documents papier perdus',
  improper_disposal: 'Documents ou matériel jetés sans précaution',
  human_error: 'Erreur humaine',
  other: 'Autre origine',
};

export const CAUSE_SOURCES = ['internal', 'external'] as const;
export type CauseSource = (typeof CAUSE_SOURCES)[number];
export const CAUSE_SOURCE_LABELS: Record<CauseSource, string> = { internal: 'Interne', external: 'Externe' };

export const CAUSE_INTENTS = ['malicious', 'accidental', 'unknown'] as const;
export type CauseIntent = (typeof CAUSE_INTENTS)[number];
export const CAUSE_INTENT_LABELS: Record<CauseIntent, string> = {
  malicious: 'malveillante',
  accidental: 'accidentelle',
  unknown: 'intention inconnue',
};

export const DATA_CATEGORIES = [
  'health',
  'social_security_number',
  'identity',
  'contact',
  'financial',
  'credentials',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  health: 'Données de santé',
  social_security_number: 'Numéro de sécurité sociale',
  identity: 'Identité (nom, prénom, date de naissance)',
  contact: 'Coordonnées (adresse, téléphone, e-mail)',
  financial: 'Données financières ou bancaires',
  credentials: 'Identifiants de connexion (mots de passe)',
  other: 'Autres données',
};

export const PEOPLE_CATEGORIES = ['patients', 'minors', 'staff', 'other'] as const;
export type PeopleCategory = (typeof PEOPLE_CATEGORIES)[number];
export const PEOPLE_CATEGORY_LABELS: Record<PeopleCategory, string> = {
  patients: 'Patients',
  minors: 'Mineurs',
  staff: 'Personnel du cabinet',
  other: 'Autres personnes',
};

/** Where a breach stands, derived from its decision and notifications, or withdrawn (src/lib/lifecycle). */
export const BREACH_STATUSES = ['to_assess', 'to_notify', 'notified', 'recorded', 'withdrawn'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];
export const STATUS_LABELS: Record<BreachStatus, string> = {
  to_assess: 'À évaluer et décider',
  to_notify: 'À notifier à la CNIL',
  notified: 'Notifiée à la CNIL',
  recorded: 'Inscrite au registre, sans notification',
  withdrawn: 'Retirée : ce n’était pas une violation de données',
};

/** The documents ready to send. */
export const BREACH_DOCUMENTS = ['cnil-initial', 'cnil-complementary', 'patient-letter', 'complaint'] as const;
export type BreachDocument = (typeof BREACH_DOCUMENTS)[number];
export const DOCUMENT_LABELS: Record<BreachDocument, string> = {
  'cnil-initial': 'Notification à la CNIL (initiale)',
  'cnil-complementary': 'Notification à la CNIL (complémentaire)',
  'patient-letter': 'Lettre d’information des patients',
  complaint: 'Plainte (police, gendarmerie ou procureur)',
};

/** Joins labels the French way: « a, b et c ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/**
 * A count the French way, thousands separated by a no-break space (U+00A0, which every PDF font has).
 * @example formatCount(1200) // '1 200'
 */
export function formatCount(count: number): string {
  return count.toLocaleString('fr-FR').replace(/\u202f/g, '\u00a0');
}
