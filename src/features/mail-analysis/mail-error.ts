import { MAIL_MAX_BYTES } from './mail-limits.ts';

/** Why a message could not be analysed. */
export type MailErrorCode =
  | 'empty'
  | 'too_large'
  | 'too_nested'
  | 'unreadable'
  | 'not_a_message'
  | 'too_slow'
  | 'too_heavy';

/** A message the analyser refuses, with a French explanation for the person who sent it. */
export class MailAnalysisError extends Error {
  override readonly name = 'MailAnalysisError';
  constructor(
    readonly code: MailErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const megabytes = Math.round(MAIL_MAX_BYTES / (1024 * 1024));

const MESSAGES: Record<MailErrorCode, string> = {
  empty: 'Le message est vide : choisissez un fichier .eml ou collez le message d’origine complet.',
  too_large: `Le message dépasse la taille maximale de ${megabytes} Mo : Hygie ne l’analyse pas.`,
  too_nested:
    'Le message a une structure anormalement imbriquée (parties dans des parties, des dizaines de fois) : Hygie ne l’analyse pas. Un message ainsi construit est lui-même très suspect : ne l’ouvrez pas.',
  unreadable:
    'Le message n’a pas pu être lu : vérifiez qu’il s’agit bien d’un fichier .eml ou du message d’origine complet (en-têtes compris).',
  too_slow:
    'L’analyse de ce message a pris trop de temps : Hygie l’a arrêtée. Un message aussi long à lire est inhabituel : ne l’ouvrez pas, ne cliquez sur rien, et demandez conseil si vous avez un doute.',
  too_heavy:
    'L’analyse de ce message demandait trop de mémoire : Hygie l’a arrêtée. Un message ainsi construit est inhabituel : ne l’ouvrez pas, ne cliquez sur rien, et demandez conseil si vous avez un doute.',
  not_a_message:
    'Ce contenu ne ressemble pas à un e-mail : aucun en-tête (From, Subject, Date…) n’a été trouvé. Enregistrez le message au format .eml, ou copiez son « original » (en-têtes compris).',
};

/** The error of the given kind, with its French message. */
export function mailError(code: MailErrorCode): MailAnalysisError {
  return new MailAnalysisError(code, MESSAGES[code]);
}
