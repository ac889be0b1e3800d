import type { Lookalike, LookalikeKind } from './lookalike.ts';
import { quote } from './text-fold.ts';

const HOW: Record<LookalikeKind, string> = {
  confusable: 'avec des caractères qui se ressemblent',
  punycode: 'avec des lettres d’un autre alphabet ou accentuées',
  typo: 'à une ou deux lettres près',
  keyword: 'en reprenant son nom dans une autre adresse',
};

/** « « ameli-remboursement.com », qui imite « ameli.fr » (Assurance Maladie) en reprenant son nom… » */
export function describeLookalike(lookalike: Lookalike): string {
  const { imitated, shown, kind } = lookalike;
  return `« ${quote(shown)} », qui imite « ${imitated.domain} » (${imitated.owner}) ${HOW[kind]}`;
}
