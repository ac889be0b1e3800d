/**
 * The team in one plain sentence, instead of « 1 compte actif, dont 0 avec la double
 * authentification ».
 * @example teamSentence({ active: 1, withMfa: 0 }) // 'Votre compte n’a pas encore la double authentification.'
 */
export function teamSentence({ active, withMfa }: { active: number; withMfa: number }): string {
  if (active === 1)
    return withMfa === 1
      ? 'Votre compte est protégé par la double authentification.'
      : 'Votre compte n’a pas encore la double authentification.';
  if (withMfa === active) return `${active} comptes actifs, tous protégés par la double authentification.`;
  if (withMfa === 0) return `${active} comptes actifs, aucun n’a encore la double authentification.`;
  return `${active} comptes actifs : ${withMfa} avec la double authentification, ${active - withMfa} sans.`;
}
