import { formatDateLong } from '../../lib/dates/index.ts';
import { contactLine, dpoLine, type NoticeContent } from './notice.ts';

/** What a version was made from, and what the practice's notice would be made from now. */
export interface NoticeState {
  registerVersion: number;
  registerChangedAt: string | null;
  content: NoticeContent;
}

/**
 * Why a version no longer tells the truth, in plain French; empty when it is up to date. A
 * version is outdated when the register changed after it (any change: its version number moved),
 * or when the DPO, the practice's name and contact details, or the practice's own wording changed.
 * @example outdatedReasons(version, { ...current, registerVersion: version.registerVersion + 1 }) // ['Le registre des traitements a été modifié le …']
 */
export function outdatedReasons(version: NoticeState, current: NoticeState): string[] {
  const reasons: string[] = [];
  if (current.registerVersion > version.registerVersion) {
    reasons.push(
      current.registerChangedAt
        ? `Le registre des traitements a été modifié le ${formatDateLong(new Date(current.registerChangedAt))}, après cette version.`
        : 'Le registre des traitements a été modifié après cette version.',
    );
  }
  const was = version.content;
  const now = current.content;
  if (was.controller.name !== now.controller.name || contactLine(was.contact) !== contactLine(now.contact)) {
    reasons.push('Le nom du responsable ou les coordonnées du cabinet ont changé.');
  }
  const dpo = (content: NoticeContent) => (content.dpo ? dpoLine(content.dpo) : '');
  if (dpo(was) !== dpo(now)) {
    reasons.push(
      now.dpo === null
        ? 'Le délégué à la protection des données a été retiré de la fiche du cabinet.'
        : 'Le délégué à la protection des données ou ses coordonnées ont changé.',
    );
  }
  if (was.rightsContact !== now.rightsContact || was.mandatoryData !== now.mandatoryData) {
    reasons.push('Le texte sur l’exercice des droits ou sur les réponses obligatoires a changé.');
  }
  return reasons;
}
