/**
 * Forbidden inputs: what a password must not contain because an attacker tries it first — the
 * practice's names, the users' names and e-mails, the city, birth dates. A person types them
 * freely ("12/03/1984", "Dr Éloïse Martin", "e.martin@cabinet-dupont.fr"): they are sorted here
 * into words and the useful forms of dates.
 */

/** Forbidden inputs sorted by kind. */
export interface ForbiddenInputs {
  /** Names, cities, e-mail parts: compared as words (case, accents and "4 for a" ignored). */
  words: string[];
  /** Digit forms of the dates typed ("1984", "12031984", "120384"…), compared as digits. */
  dateForms: string[];
}

const MIN_DATE_FORM = 4;
const DATE = /^(\d{1,2})[/.\-\s](\d{1,2})(?:[/.\-\s](\d{2}|\d{4}))?$/u;
const ISO_DATE = /^(\d{4})[/.\-\s](\d{1,2})[/.\-\s](\d{1,2})$/u;

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;
const validYear = (year: number) => year >= 1900 && year <= 2099;

/** "84" could be 1984 or 2084: both full years are forbidden (the short form is in any case). */
function fullYears(year: string): string[] {
  return year.length === 4 ? [year] : [`19${year}`, `20${year}`];
}

function formsOf(day: number, month: number, year: string | undefined): string[] {
  const dm = `${pad(day)}${pad(month)}`;
  if (year === undefined) return [dm];
  const yy = year.slice(-2);
  return [
    ...fullYears(year),
    ...fullYears(year).flatMap((yyyy) => [`${dm}${yyyy}`, `${yyyy}${pad(month)}${pad(day)}`]),
    `${dm}${yy}`,
    dm,
  ];
}

/**
 * The forms of a date a person may put in a password, digits only, each of at least 4 digits:
 * 12/03/1984 → 1984, 12031984, 19840312, 120384, 1203. Accepts dd/mm/yyyy (or - . space),
 * dd/mm/yy, dd/mm, yyyy-mm-dd, ddmmyyyy, ddmmyy and a year alone; null when it is not a date.
 */
export function dateForms(text: string): string[] | null {
  const value = text.trim();
  let forms: string[] | null = null;
  const dmy = DATE.exec(value);
  const iso = ISO_DATE.exec(value);
  if (/^\d{4}$/u.test(value) && validYear(Number(value))) forms = [value];
  else if (/^\d{8}$/u.test(value)) {
    const [day, month, year] = [Number(value.slice(0, 2)), Number(value.slice(2, 4)), value.slice(4)];
    const [isoYear, isoMonth, isoDay] = [value.slice(0, 4), Number(value.slice(4, 6)), Number(value.slice(6))];
    if (validDay(day, month) && validYear(Number(year))) forms = formsOf(day, month, year);
    else if (validDay(isoDay, isoMonth) && validYear(Number(isoYear))) forms = formsOf(isoDay, isoMonth, isoYear);
  } else if (/^\d{6}$/u.test(value)) {
    const [day, month] = [Number(value.slice(0, 2)), Number(value.slice(2, 4))];
    if (validDay(day, month)) forms = formsOf(day, month, value.slice(4));
  } else if (dmy) {
    const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), dmy[3]];
    if (validDay(day, month) && (year === undefined || year.length === 2 || validYear(Number(year)))) {
      forms = formsOf(day, month, year);
    }
  } else if (iso) {
    const [year, month, day] = [iso[1]!, Number(iso[2]), Number(iso[3])];
    if (validDay(day, month) && validYear(Number(year))) forms = formsOf(day, month, year);
  }
  return forms && [...new Set(forms.filter((form) => form.length >= MIN_DATE_FORM))];
}

/** Mailbox providers: their name says nothing about the person, so it is not forbidden. */
export const PUBLIC_MAIL_DOMAINS = new Set(
  'gmail googlemail yahoo hotmail outlook live msn icloud me orange wanadoo free sfr neuf laposte bbox aol proton protonmail gmx'.split(
    ' ',
  ),
);

/**
 * "e.martin@cabinet-dupont.fr" → ["e.martin", "cabinet-dupont"]: the local part and the domain
 * without its top-level label; a mailbox provider's domain (gmail, orange…) is left out.
 */
export function emailParts(email: string): string[] {
  const at = email.lastIndexOf('@');
  const labels = email
    .slice(at + 1)
    .toLowerCase()
    .split('.')
    .filter(Boolean);
  if (labels.length > 1) labels.pop();
  const domain = labels.filter((label) => !PUBLIC_MAIL_DOMAINS.has(label)).join('.');
  return [email.slice(0, Math.max(at, 0)).trim(), domain].filter(Boolean);
}

/**
 * Sorts what the person and the practice gave: each entry may hold several values separated by
 * commas, semicolons or line breaks; dates become their digit forms, e-mails their local part and
 * domain, anything else stays a word or phrase.
 */
export function sortForbiddenInputs(inputs: readonly string[]): ForbiddenInputs {
  const words = new Set<string>();
  const forms = new Set<string>();
  for (const value of inputs.flatMap((input) => input.split(/[,;\n\r]+/u))) {
    const text = value.trim();
    if (text === '') continue;
    const date = dateForms(text);
    if (date) for (const form of date) forms.add(form);
    else if (text.includes('@')) for (const part of emailParts(text)) words.add(part);
    else words.add(text);
  }
  return { words: [...words], dateForms: [...forms] };
}

/** Separators people put inside a date ("12/03/1984", "12.03.84"), removed before comparing digits. */
const DATE_SEPARATORS = /[\s/.\-_]+/gu;

/** True when the password holds one of the date forms, with or without separators between its digits. */
export function containsDate(password: string, forms: readonly string[]): boolean {
  return datesIn(password, forms).length > 0;
}

/**
 * The date forms the password holds, with or without separators between its digits: the longest
 * ones only (« 12031984 », not also « 1984 » inside it).
 */
export function datesIn(password: string, forms: readonly string[]): string[] {
  const joined = password.replace(DATE_SEPARATORS, '');
  const found = forms.filter((form) => password.includes(form) || joined.includes(form));
  return found.filter((form) => !found.some((other) => other !== form && other.includes(form)));
}
