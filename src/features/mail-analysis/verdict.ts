import type { Severity, Verdict } from './mail-analysis.types.ts';

/** The verdict as the page and the CLI show it. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  dangerous: 'Dangereux',
  suspicious: 'Suspect',
  no_signal: 'Aucun signal',
};

/** A finding's severity as the page and the CLI show it. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  high: 'grave',
  medium: 'moyen',
  low: 'faible',
};

const AMELI_PRO =
  'Si vous avez saisi votre mot de passe Ameli-Pro depuis ce message : changez-le tout de suite avec « Mot de passe oublié » sur Ameli-Pro, puis appelez l’assistance Ameli-Pro au 3608.';
const IF_CLICKED =
  'Si vous avez déjà cliqué, saisi un mot de passe ou ouvert une pièce jointe : changez ce mot de passe depuis le vrai site, débranchez l’ordinateur du réseau si un fichier a été ouvert, et faites-vous aider sur cybermalveillance.gouv.fr.';

const ADVICE: Readonly<Record<Verdict, readonly string[]>> = {
  dangerous: [
    'Ne cliquez sur aucun lien, n’ouvrez aucune pièce jointe et ne répondez pas à ce message.',
    'Ne faites aucun paiement ni changement de coordonnées bancaires qu’il demande : en cas de doute, appelez l’organisme ou la personne au numéro que vous connaissez, jamais celui du message.',
    'Montrez-le à la personne qui s’occupe de l’informatique du cabinet, puis supprimez-le.',
    IF_CLICKED,
    'Si de l’argent a été versé, prévenez tout de suite votre banque et portez plainte (commissariat, gendarmerie).',
  ],
  suspicious: [
    'Ne cliquez pas sur les liens et n’ouvrez pas les pièces jointes avant d’avoir vérifié.',
    'Vérifiez l’expéditeur par un autre moyen : appelez-le au numéro que vous connaissez (pas celui du message), ou allez sur son site en tapant vous-même l’adresse.',
    'S’il s’agit d’un paiement ou d’un changement de RIB, ne faites rien sans cette vérification.',
    IF_CLICKED,
  ],
  no_signal: [
    'Hygie n’a trouvé aucun signal d’alerte. Cela ne prouve pas que le message est sûr : restez prudent avec les liens et les pièces jointes que vous n’attendiez pas.',
    'Au moindre doute, vérifiez auprès de l’expéditeur par un autre moyen (téléphone, site dont vous tapez vous-même l’adresse).',
  ],
};

/**
 * What to do, in French, for a verdict; the Ameli-Pro steps are added when the message concerns
 * the health-insurance account and is not `no_signal`.
 */
export function adviceFor(verdict: Verdict, concernsHealthInsurance: boolean): string[] {
  const advice = [...ADVICE[verdict]];
  if (verdict !== 'no_signal' && concernsHealthInsurance) advice.splice(advice.length - 1, 0, AMELI_PRO);
  return advice;
}
