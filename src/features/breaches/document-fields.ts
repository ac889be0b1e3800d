import type { Breach } from './breach.ts';
import {
  CAUSE_INTENT_LABELS,
  CAUSE_SOURCE_LABELS,
  DATA_CATEGORY_LABELS,
  formatCount,
  frenchList,
  ORIGIN_LABELS,
  PEOPLE_CATEGORY_LABELS,
} from './breach-labels.ts';
import { TO_COMPLETE } from './document-model.ts';

const lower = (text: string) => `${text.charAt(0).toLocaleLowerCase('fr-FR')}${text.slice(1)}`;
const approx = (count: number | null, one: string, many: string) =>
  count === null
    ? `nombre ${TO_COMPLETE.toLocaleLowerCase('fr-FR')}`
    : `environ ${formatCount(count)} ${count > 1 ? many : one}`;

const TO_THE: Record<Breach['natures'][number], string> = {
  confidentiality: 'à la confidentialité',
  integrity: 'à l’intégrité',
  availability: 'à la disponibilité',
};

/** « Atteinte à la confidentialité et à la disponibilité des données », or « À compléter ». */
export function naturesText(breach: Pick<Breach, 'natures'>): string {
  if (breach.natures.length === 0) return TO_COMPLETE;
  return `Atteinte ${frenchList(breach.natures.map((n) => TO_THE[n]))} des données`;
}

/** « Rançongiciel », or « À compléter ». */
export function originText(breach: Pick<Breach, 'origin'>): string {
  return breach.origin ? ORIGIN_LABELS[breach.origin] : TO_COMPLETE;
}

/** « Externe, malveillante », or « À compléter ». */
export function causeText(breach: Pick<Breach, 'cause'>): string {
  const { source, intent } = breach.cause;
  if (source === null && intent === null) return TO_COMPLETE;
  return [
    source ? CAUSE_SOURCE_LABELS[source] : 'Origine à préciser',
    intent ? CAUSE_INTENT_LABELS[intent] : 'intention à préciser',
  ].join(', ');
}

/** « Patients et mineurs — environ 1 200 personnes ». */
export function peopleText(breach: Pick<Breach, 'peopleCategories' | 'peopleCount'>): string {
  const categories =
    breach.peopleCategories.length === 0
      ? 'Catégories à compléter'
      : frenchList(
          breach.peopleCategories.map((c, i) =>
            i === 0 ? PEOPLE_CATEGORY_LABELS[c] : lower(PEOPLE_CATEGORY_LABELS[c]),
          ),
        );
  return `${categories} — ${approx(breach.peopleCount, 'personne', 'personnes')}`;
}

/** « Données de santé et numéro de sécurité sociale — environ 3 000 enregistrements ». */
export function recordsText(breach: Pick<Breach, 'dataCategories' | 'recordsCount'>): string {
  return `${dataText(breach)} — ${approx(breach.recordsCount, 'enregistrement', 'enregistrements')}`;
}

/** The data categories in words, or « Catégories à compléter ». */
export function dataText(breach: Pick<Breach, 'dataCategories'>): string {
  if (breach.dataCategories.length === 0) return 'Catégories à compléter';
  return frenchList(
    breach.dataCategories.map((c, i) => (i === 0 ? DATA_CATEGORY_LABELS[c] : lower(DATA_CATEGORY_LABELS[c]))),
  );
}

/** « Oui : chiffrement du disque, clé conservée à part », « Non » or « À compléter ». */
export function unintelligibleText(breach: Pick<Breach, 'unintelligible' | 'unintelligibleHow'>): string {
  if (breach.unintelligible === null) return TO_COMPLETE;
  if (!breach.unintelligible) return 'Non';
  return breach.unintelligibleHow ? `Oui : ${breach.unintelligibleHow}` : 'Oui (préciser comment)';
}

/** The measures taken, then those planned. */
export function measuresText(breach: Pick<Breach, 'measuresTaken' | 'measuresPlanned'>): string {
  return `Prises : ${breach.measuresTaken ?? TO_COMPLETE} — Envisagées : ${breach.measuresPlanned ?? TO_COMPLETE}`;
}

/** The first 9 digits of a SIRET are the SIREN. */
export function sirenOf(siret: string | null): string | null {
  const digits = siret?.replace(/\s/g, '') ?? '';
  return /^\d{14}$/.test(digits) ? digits.slice(0, 9) : null;
}
