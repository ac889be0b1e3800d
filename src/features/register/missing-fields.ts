import type { ActivityFields } from './register.types.ts';

/** Something an activity still lacks: the field (a path, for the form) and what to do, in French. */
export interface MissingField {
  field: string;
  message: string;
}

const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === '';
const none = (list: readonly string[]) => list.every(blank);

/**
 * What the activity still lacks for a complete art. 30 record, in plain French, in form order:
 * name, controller, purposes, legal basis (the art. 9 condition when health data are listed),
 * people, data categories each with its retention and the source of that period, where the data
 * come from, recipients, transfers with country and safeguard, and security measures.
 * Processors and the description are optional. Empty when complete.
 * @example missingFields({ ...activity, purposes: [] }) // [{ field: 'purposes', message: 'Indiquez à quoi servent les données (au moins une finalité).' }]
 */
export function missingFields(activity: ActivityFields): MissingField[] {
  const missing: MissingField[] = [];
  const add = (field: string, message: string) => missing.push({ field, message });
  if (blank(activity.name)) add('name', 'Donnez un nom à l’activité.');
  const { controller } = activity;
  if (controller.kind === 'practitioner' && blank(controller.userId)) {
    add('controller', 'Choisissez le praticien responsable de cette activité.');
  }
  if (controller.kind === 'joint' && none(controller.coControllers)) {
    add('controller', 'Nommez les responsables conjoints de cette activité.');
  }
  if (none(activity.purposes)) add('purposes', 'Indiquez à quoi servent les données (au moins une finalité).');
  if (activity.legalBasis.article6.length === 0) {
    add('legalBasis.article6', 'Choisissez la base légale (article 6 du RGPD).');
  }
  if (activity.dataCategories.some((c) => c.health) && activity.legalBasis.article9 === null) {
    add(
      'legalBasis.article9',
      'Des données de santé sont traitées : choisissez la condition de l’article 9 du RGPD qui les permet.',
    );
  }
  if (none(activity.dataSubjects)) add('dataSubjects', 'Indiquez les personnes concernées (patients, salariés…).');
  if (activity.dataCategories.length === 0) add('dataCategories', 'Indiquez au moins une catégorie de données.');
  activity.dataCategories.forEach((category, index) => {
    const name = blank(category.label) ? `n° ${index + 1}` : `« ${category.label.trim()} »`;
    if (blank(category.label)) add(`dataCategories.${index}.label`, `Nommez la catégorie de données ${name}.`);
    if (blank(category.retention)) {
      add(`dataCategories.${index}.retention`, `Indiquez combien de temps sont gardées les données ${name}.`);
    }
    if (blank(category.retentionSource)) {
      add(
        `dataCategories.${index}.retentionSource`,
        `Indiquez d’où vient la durée de conservation des données ${name} (un texte, une recommandation ou votre choix).`,
      );
    }
  });
  if (none(activity.sources)) add('sources', 'Indiquez d’où viennent les données (le patient, un confrère…).');
  if (none(activity.internalRecipients) && none(activity.externalRecipients)) {
    add('internalRecipients', 'Indiquez qui consulte ou reçoit les données, au cabinet ou à l’extérieur.');
  }
  activity.transfers.forEach((transfer, index) => {
    if (blank(transfer.recipient) || blank(transfer.country) || blank(transfer.safeguard)) {
      add(
        `transfers.${index}`,
        `Complétez le transfert hors de l’Union européenne n° ${index + 1} : destinataire, pays et garantie.`,
      );
    }
  });
  if (activity.securityMeasureIds.length === 0 && blank(activity.otherSecurityMeasures)) {
    add('securityMeasureIds', 'Décrivez les mesures de sécurité : au moins une mesure du diagnostic ou un texte.');
  }
  return missing;
}
