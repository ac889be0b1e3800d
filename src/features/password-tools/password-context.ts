import { emailParts } from './forbidden-inputs.ts';

/** What the practice knows about itself that a password must not contain. */
export interface PasswordContextSources {
  practiceNames: string[];
  users: { name: string; email: string }[];
}

/**
 * The forbidden words of a practice: its name(s), its users' names, the local part and domain of
 * their e-mail addresses (a mailbox provider's domain is left out). No password, no secret.
 * Duplicates (ignoring case) are removed; the order is the one above.
 */
export function passwordContextWords({ practiceNames, users }: PasswordContextSources): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (word: string) => {
    const text = word.trim();
    if (text !== '' && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      words.push(text);
    }
  };
  for (const name of practiceNames) add(name);
  for (const user of users) add(user.name);
  for (const user of users) for (const part of emailParts(user.email)) add(part);
  return words;
}
