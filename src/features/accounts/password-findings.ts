import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { fold } from './password-text.ts';

/** A piece of a password an attacker tries early, and what it is, in French (« un mot courant »). */
export interface WeakPiece {
  /** The piece as typed; absent when it is the whole password (a refusal never repeats the password). */
  token?: string;
  /** What it is, for one piece and for several of the same kind. */
  what: Label;
}

/** « un mot courant », « des mots courants ». */
export interface Label {
  one: string;
  many: string;
}

const label = (one: string, many: string): Label => ({ one, many });

/** zxcvbn's dictionaries (language-common, language-fr and the health words) named for a person. */
function dictionaryLabel(name: string): Label {
  if (name.startsWith('passwords')) return label('un mot de passe très courant', 'des mots de passe très courants');
  if (name.startsWith('firstnames')) return label('un prénom courant', 'des prénoms courants');
  if (name.startsWith('lastnames')) return label('un nom de famille courant', 'des noms de famille courants');
  if (name === 'health-fr') return label('un mot lié à la santé', 'des mots liés à la santé');
  if (name === 'userInputs') {
    return label('une information sur vous ou sur le cabinet', 'des informations sur vous ou sur le cabinet');
  }
  return label('un mot courant', 'des mots courants');
}

type Match = ZxcvbnResult['sequence'][number];

function labelOf(match: Match): Label | null {
  switch (match.pattern) {
    case 'dictionary': {
      const { one, many } = dictionaryLabel(String(match.dictionaryName));
      return match.reversed ? label(`${one} écrit à l’envers`, `${many} écrits à l’envers`) : label(one, many);
    }
    case 'spatial':
      return label('une suite de touches voisines du clavier', 'des suites de touches voisines du clavier');
    case 'repeat':
      return label('une répétition', 'des répétitions');
    case 'sequence':
      return label('une suite de lettres ou de chiffres', 'des suites de lettres ou de chiffres');
    case 'date':
      return label('une date', 'des dates');
    case 'regex':
      return match.regexName === 'recentYear' ? label('une année', 'des années') : null;
    default:
      // « bruteforce » (nothing recognised) and separators make a password stronger, not weaker.
      return null;
  }
}

const AT_MOST = 3;

/**
 * What zxcvbn recognised in the password (common words, passwords, keyboard rows, sequences,
 * repetitions, dates, years), each piece once, at most three, in the order they appear. The whole
 * password is never quoted: « c’est un mot de passe très courant ».
 */
export function weakPieces(result: ZxcvbnResult, password: string): WeakPiece[] {
  const whole = fold(password).replace(/[^\p{L}\p{N}]/gu, '');
  const pieces: WeakPiece[] = [];
  const seen = new Set<string>();
  for (const match of result.sequence) {
    const what = labelOf(match);
    if (what === null || seen.has(fold(match.token))) continue;
    seen.add(fold(match.token));
    const isWhole = fold(match.token).replace(/[^\p{L}\p{N}]/gu, '') === whole;
    pieces.push(isWhole ? { what } : { token: match.token, what });
  }
  return pieces.slice(0, AT_MOST);
}
