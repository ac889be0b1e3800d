import { formatDuration } from '../retention/durations.ts';
import type { RetentionRule } from '../retention/rule-set.ts';

/**
 * A retention rule (with the practice's own durations) as the register writes it.
 * @example retentionText(patientRecordRule)
 * // '20 ans à compter du dernier contact : 5 ans en base active puis 15 ans en archive intermédiaire ; au moins jusqu’aux 28 ans…'
 */
export function retentionText(rule: RetentionRule): string {
  const total = formatDuration(rule.keepMonths + rule.archiveMonths, rule.keepDays);
  const from = `à compter ${contracted(rule.referenceLabel)}`;
  const head = rule.maximum ? `${total} au plus ${from}` : `${total} ${from}`;
  const split =
    rule.archiveMonths > 0
      ? ` : ${formatDuration(rule.keepMonths, rule.keepDays)} en base active puis ${formatDuration(rule.archiveMonths)} en archive intermédiaire`
      : '';
  const minors = rule.minorAndDeath
    ? ' ; au moins jusqu’aux 28 ans du patient, et 10 ans après son décès s’il meurt moins de 10 ans après le dernier contact'
    : '';
  return `${head}${split}${minors}`;
}

/** Where the period comes from: the rule's citation, and whether it is indicative or the practice's choice. */
export function retentionSourceText(rule: RetentionRule): string {
  const notes = [
    ...(rule.overridden ? ['durée choisie par le cabinet dans ses réglages de conservation'] : []),
    ...(rule.uncertain ? ['valeur indicative à vérifier'] : []),
  ];
  const citation = `${rule.citation.charAt(0).toLocaleUpperCase('fr-FR')}${rule.citation.slice(1)}`;
  return notes.length > 0 ? `${citation} (${notes.join(' ; ')})` : citation;
}

/** « de » + the reference label: « du dernier contact », « de la date du document ». */
function contracted(label: string): string {
  if (label.startsWith('le ')) return `du ${label.slice(3)}`;
  if (label.startsWith('les ')) return `des ${label.slice(4)}`;
  return `de ${label}`;
}
