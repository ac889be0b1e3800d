import type { Article6Basis, Article9Condition, LegalBasis } from './register.types.ts';

/** GDPR art. 6(1), in plain French, by letter. */
export const ARTICLE_6_LABELS: Record<Article6Basis, string> = {
  a: 'Consentement de la personne',
  b: 'Exécution d’un contrat',
  c: 'Obligation légale',
  d: 'Sauvegarde des intérêts vitaux',
  e: 'Mission d’intérêt public',
  f: 'Intérêt légitime du cabinet',
};

/** GDPR art. 9(2), in plain French, by letter. */
export const ARTICLE_9_LABELS: Record<Article9Condition, string> = {
  a: 'Consentement explicite de la personne',
  b: 'Obligations du droit du travail et de la protection sociale',
  c: 'Sauvegarde des intérêts vitaux',
  f: 'Constatation ou défense de droits en justice',
  h: 'Médecine et soins, sous la responsabilité d’un professionnel tenu au secret',
  i: 'Santé publique',
  j: 'Recherche scientifique',
};

/**
 * The legal basis in one French line, with the articles.
 * @example legalBasisText({ article6: ['e'], article9: 'h', detail: '' })
 * // 'Mission d’intérêt public (art. 6.1.e) ; Médecine et soins, sous la responsabilité d’un professionnel tenu au secret (art. 9.2.h)'
 */
export function legalBasisText(basis: Pick<LegalBasis, 'article6' | 'article9'>): string {
  const parts = basis.article6.map((letter) => `${ARTICLE_6_LABELS[letter]} (art. 6.1.${letter})`);
  if (basis.article9 !== null) parts.push(`${ARTICLE_9_LABELS[basis.article9]} (art. 9.2.${basis.article9})`);
  return parts.join(' ; ');
}
