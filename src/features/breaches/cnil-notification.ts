import { breachSeverity } from './breach.ts';
import { deadlineText, isLate } from './deadline.ts';
import {
  causeText,
  measuresText,
  naturesText,
  originText,
  peopleText,
  recordsText,
  sirenOf,
  unintelligibleText,
} from './document-fields.ts';
import {
  type DocumentContext,
  type DocumentModel,
  fields,
  h,
  list,
  p,
  personLine,
  TO_COMPLETE,
  when,
} from './document-model.ts';
import { formatScore, SEVERITY_LEVEL_LABELS } from './severity.ts';

export type CnilPhase = 'initial' | 'complementary';

/**
 * The reasons for a delay: the recorded ones; « à compléter » once the 72 hours have passed
 * without them; « sans objet » within the deadline.
 */
export function delayText(ctx: Pick<DocumentContext, 'breach' | 'now'>): string {
  const { breach, now } = ctx;
  const at = breach.cnilNotifiedAt === null ? now : new Date(breach.cnilNotifiedAt);
  if (breach.delayReasons) return breach.delayReasons;
  if (isLate(new Date(breach.awareAt), at)) {
    return `${TO_COMPLETE} : le délai de 72 heures est dépassé (échéance le ${deadlineText(new Date(breach.notificationDeadline))}), la CNIL demande pourquoi.`;
  }
  return `Sans objet : notification dans le délai de 72 heures (échéance le ${deadlineText(new Date(breach.notificationDeadline))}).`;
}

/** The fields the CNIL's online form is confirmed to ask (domain reference, section 4 and 10). */
function confirmedFields(ctx: DocumentContext, phase: CnilPhase): [string, string][] {
  const { breach, practice } = ctx;
  const siren = sirenOf(practice.siret);
  const description = breach.description ?? `${TO_COMPLETE} : ce qui s’est passé, comment et quand vous l’avez su`;
  return [
    ['Type de notification', phase === 'initial' ? 'Notification initiale' : 'Notification complémentaire'],
    ['SIREN', siren ?? 'Pas de numéro SIREN (cochez la case prévue dans le formulaire)'],
    ['Organisme', practice.name],
    ['Personne à contacter', personLine(ctx.contact)],
    ['Représentant légal', personLine(ctx.legalRepresentative)],
    ['Nature de la violation', naturesText(breach)],
    ['Description détaillée', description],
    ['Personnes concernées (catégories et nombre approximatif)', peopleText(breach)],
    ['Enregistrements concernés (catégories et nombre approximatif)', recordsText(breach)],
    [
      'Conséquences probables (votre évaluation, révisable)',
      breach.consequences ?? `${TO_COMPLETE} : ce qui peut arriver aux personnes concernées`,
    ],
    ['Mesures prises ou envisagées', measuresText(breach)],
    ['Raisons du retard', delayText(ctx)],
  ];
}

/** Art. 33(3) content whose place in the online form is not confirmed. */
function otherFields(ctx: DocumentContext): [string, string][] {
  const { breach } = ctx;
  const result = breachSeverity(breach);
  const decision = breach.decision;
  return [
    ['Début de la violation', when(breach.startedAt, 'Inconnu')],
    ['Découverte', when(breach.discoveredAt)],
    ['Prise de connaissance', when(breach.awareAt)],
    ['Origine', originText(breach)],
    ['Cause', causeText(breach)],
    ['Données rendues inintelligibles (chiffrées, clé en sécurité)', unintelligibleText(breach)],
    [
      'Gravité selon la méthode de l’ENISA',
      result === null
        ? 'Pas encore évaluée'
        : `Score ${formatScore(result.score)} : ${SEVERITY_LEVEL_LABELS[result.level].toLowerCase()}`,
    ],
    [
      'Information des personnes concernées',
      breach.subjectsInformedAt !== null
        ? `Informées le ${when(breach.subjectsInformedAt)}`
        : decision === null
          ? 'Pas encore décidée'
          : decision.informSubjects
            ? 'Prévue'
            : 'Non prévue',
    ],
    [
      'Plainte',
      breach.complaintFiledAt !== null
        ? `Déposée le ${when(breach.complaintFiledAt)}${breach.complaintNumber ? `, n° ${breach.complaintNumber}` : ''}`
        : 'Pas de plainte déposée à ce jour',
    ],
  ];
}

/**
 * The draft of the CNIL notification (initial, or complementary): the confirmed fields of the
 * online form first, then the rest of the art. 33(3) content, without claiming it mirrors the form.
 */
export function cnilNotificationDocument(ctx: DocumentContext, phase: CnilPhase): DocumentModel {
  const { breach } = ctx;
  const deadline = deadlineText(new Date(breach.notificationDeadline));
  const intro =
    phase === 'initial'
      ? [
          p(
            'Brouillon préparé par Hygie pour remplir le formulaire de notification en ligne de la CNIL (notifications.cnil.fr). Recopiez chaque rubrique dans le formulaire ; la CNIL vous remet un récépissé : notez son numéro dans Hygie.',
          ),
          p(
            `À notifier au plus tard le ${deadline}, 72 heures après la prise de connaissance (le ${when(breach.awareAt)}). Si tout n’est pas encore connu, notifiez quand même : une notification complémentaire suivra.`,
          ),
        ]
      : [
          p(
            'Brouillon de la notification complémentaire : elle complète la notification initiale avec ce que vous savez désormais (idéalement dans les 72 heures qui suivent la première).',
          ),
          fields([
            ['Notification initiale du', when(breach.cnilNotifiedAt)],
            ['Numéro de récépissé de la CNIL', breach.cnilReceiptNumber ?? TO_COMPLETE],
          ]),
        ];
  return {
    title:
      phase === 'initial'
        ? 'Notification d’une violation de données à la CNIL'
        : 'Notification complémentaire à la CNIL',
    subtitle: `Brouillon — ${phase === 'initial' ? 'notification initiale' : 'notification complémentaire'} (article 33 du RGPD)`,
    blocks: [
      ...intro,
      h('Rubriques du formulaire de la CNIL'),
      fields(confirmedFields(ctx, phase)),
      h('Autres informations'),
      p(
        'Ces informations complètent la notification (contenu prévu par l’article 33.3 du RGPD et éléments utiles à la CNIL) ; leur place exacte dans le formulaire en ligne n’a pas été vérifiée : reportez-les là où le formulaire les demande.',
      ),
      fields(otherFields(ctx)),
      h('Avant d’envoyer'),
      list([
        'Relisez chaque rubrique : ce brouillon reprend ce qui est inscrit au registre, pas davantage.',
        'En cas de doute, notifiez : la CNIL vous dira si les personnes concernées doivent être informées.',
        'Après l’envoi, notez dans Hygie la date de notification et le numéro de récépissé.',
      ]),
    ],
  };
}
