import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check-language.ts';
import { createReporter } from './findings.ts';
import { reported } from './mail-test-support.ts';
import { PhraseMatcher, wordsOf } from './phrase-matcher.ts';

const findingsOf = (text: string) => reported((report) => checkLanguage(wordsOf(text), report));

describe('wording of pressure, payment and credential requests (French and English)', () => {
  it.each([
    ['Merci de répondre IMMÉDIATEMENT.', ['urgency_language:low']],
    ['Sans réponse, votre compte sera suspendu.', ['urgency_language:low']],
    ['Final notice: act now', ['urgency_language:low']],
    ['Merci d’effectuer le virement aujourd’hui', ['payment_language:medium']],
    ['Voici notre nouveau RIB', ['payment_language:medium']],
    ['Please use our new bank account', ['payment_language:medium']],
    ['Indiquez le numéro de votre carte', ['payment_language:medium']],
    ['Votre facture impayée', ['payment_language:low']],
    ['Confirmez vos identifiants', ['credential_request:medium']],
    ['Merci de bien vouloir vérifier dès aujourd’hui vos informations personnelles', ['credential_request:medium']],
    ['Votre mot de passe expire demain', ['credential_request:medium']],
    ['Please verify your account', ['credential_request:medium']],
    ['pass word', []],
    ['Pensez à apporter votre carte Vitale', []],
    ['Votre rendez-vous est confirmé.', []],
    ['Votre facture est disponible dans votre espace.', []],
    ['Connectez-vous à votre compte pour consulter le document.', []],
  ])('%j → %j', (text, expected) => {
    expect(findingsOf(text)).toEqual(expected);
  });

  it('keeps the most serious payment wording and quotes it with its accents', () => {
    const report = createReporter();
    checkLanguage(wordsOf('facture impayee : merci de faire un virement'), report);
    expect(report.findings()).toEqual([
      expect.objectContaining({
        code: 'payment_language',
        severity: 'medium',
        message: expect.stringContaining('« virement »'),
      }),
    ]);
  });

  it('gives the Ameli-Pro steps when credentials of the health-insurance account are asked for', () => {
    const report = createReporter();
    checkLanguage(wordsOf('Confirmez vos identifiants Ameli-Pro'), report);
    expect(report.findings()[0]?.message).toContain('3608');
    expect(report.concernsHealthInsurance()).toBe(true);
  });

  it('matches accents, case and invisible characters away', () => {
    const matcher = new PhraseMatcher(['coordonnées bancaires']);
    expect(matcher.first(wordsOf('Vos COORDONNEES\u200B bancaires'))).toEqual({
      phrase: 'coordonnées bancaires',
      index: 1,
    });
    expect(matcher.all(wordsOf('rien à voir'))).toEqual([]);
  });
});
