import { describe, expect, it } from 'vitest';
import { buildContext } from './analysis-context.ts';
import { checkDisplayText, hasHiddenCharacters, mixedScriptWord } from './check-display-text.ts';
import { checkSender } from './check-sender.ts';
import { domainOfAddress } from './domains.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { parsedMail, reported } from './mail-test-support.ts';
import { readable } from './name-claims.ts';

const context = buildContext(loadKnownDomains(), {
  ownDomains: ['cabinet-tilleuls.example'],
  people: [{ name: 'Éloïse Martin', email: 'eloise.martin@cabinet-tilleuls.example' }],
});

describe('mixed scripts: Latin words with look-alike letters of another alphabet', () => {
  it.each([
    ['THΑLES Grοup', 'THΑLES', 'a Greek capital Alpha'],
    ['Grοup THALES', 'Grοup', 'a Greek omicron'],
    ['Amаzon', 'Amаzon', 'a Cyrillic а'],
    ['Ѕervice client', 'Ѕervice', 'a Cyrillic Ѕ (dze)'],
    ['Votre cоmpte', 'cоmpte', 'a Cyrillic о in the subject'],
    ['Paуpal', 'Paуpal', 'a Cyrillic у'],
  ])('%j → %j (%s)', (text, word) => {
    expect(mixedScriptWord(text)).toBe(word);
  });

  it.each([
    ['Crédit Agricole', 'French accents are Latin'],
    ['Ελληνικό Ινστιτούτο', 'a name written wholly in Greek'],
    ['Клиника Москва', 'a name written wholly in Cyrillic'],
    ['Dose : 5 μg', 'a micro sign that imitates no Latin letter'],
    ['Ωmega Santé', 'a Greek letter that imitates no Latin letter'],
    ['東京 Tokyo', 'another script in its own word'],
    ['Straße', 'German ß is Latin'],
  ])('%j is not mixed (%s)', (text) => {
    expect(mixedScriptWord(text)).toBeNull();
  });

  it.each([
    ['THΑLES Grοup', 'THALES Group'],
    ['Amаzon', 'Amazon'],
    ['PayPaI', 'PayPal'],
    ['DoctoIib', 'Doctolib'],
    ['IRIS', 'IRIS'],
  ])('reads %j as %j', (text, shown) => {
    expect(readable(text)).toBe(shown);
  });
});

describe('hidden characters', () => {
  it.each([
    ['Assurance Mal\u200Badie', true, 'a zero-width space'],
    ['pay\u00ADment', true, 'a soft hyphen'],
    ['a\u0336mazon', true, 'a combining stroke'],
    ['Ame\u202Eli', true, 'a right-to-left override'],
    ['Re\u0301sultat', false, 'a decomposed accent that composes'],
    ['👩‍⚕️ Garde du week-end', false, 'an emoji with a zero-width joiner and a variation selector'],
    ['Rendez-vous confirmé', false, 'plain French'],
  ])('%j → %s (%s)', (text, hidden) => {
    expect(hasHiddenCharacters(text)).toBe(hidden);
  });
});

const run = (name: string, address: string, subject = '') => {
  const mail = parsedMail({ from: { name, address }, subject });
  return reported((report) => {
    checkSender(mail, context, report);
    checkDisplayText(mail, domainOfAddress(address), context, report);
  });
};

describe('brands and bodies named in the display name', () => {
  it.each<[string, string, string[]]>([
    ['Amаzon', 'commande@suivi.example', ['display_name_spoof:high', 'lookalike_characters:high']],
    ['PayPaI', 'service@compte.example', ['display_name_spoof:high']],
    ['La Poste', 'suivi@colis.example', ['display_name_spoof:high']],
    ['Service client Chronopost', 'suivi@colis.example', ['display_name_spoof:high']],
    ['impots.gouv', 'noreply@fisc.example', ['display_name_spoof:high']],
    ['MaPrimeRénov’', 'aides@renov.example', ['display_name_spoof:high']],
    ['ANTS', 'titres@demarches.example', ['display_name_spoof:high']],
    ['Microsoft 365', 'admin@outlook.com', ['display_name_spoof:high']],
    ['Pharmacie de la Poste', 'commandes@pharmacie.example', []],
    ['Crédit Agricole', 'newsletter@info.credit-agricole.fr', []],
    ['DHL Express', 'noreply@dhl.com', []],
    ['Doctolib', 'no-reply@doctolib.fr', []],
    ['Mon Compte Formation', 'info@moncompteformation.gouv.fr', []],
    ['Dhl', 'x@ailleurs.example', []],
    ['Les fourmis (ants) du jardin', 'x@ailleurs.example', []],
  ])('« %s » <%s> → %j', (name, address, expected) => {
    expect(run(name, address)).toEqual(expected);
  });
});

describe('brands and bodies named in the subject', () => {
  it.each<[string, string, string[]]>([
    ['Impots.gouv : remboursement de 243,90 €', 'x@fisc.example', ['subject_impersonation:medium']],
    ['[ANTS] Votre titre est disponible', 'x@titres.example', ['subject_impersonation:medium']],
    ['Colissimo - votre colis est en attente', 'x@colis.example', ['subject_impersonation:medium']],
    ['Votre colis Chronopost est en attente', 'x@colis.example', ['subject_impersonation:low']],
    ['Votre commande Amаzon', 'x@achats.example', ['lookalike_characters:high', 'subject_impersonation:low']],
    [
      'Assurance Mal\u200Badie : remboursement',
      'x@remb.example',
      ['lookalike_characters:medium', 'subject_impersonation:medium'],
    ],
    ['RE: question URSSAF', 'collegue@cabinet-durand.example', []],
    ['TR : Colissimo - votre colis', 'collegue@cabinet-durand.example', []],
    ['Chronopost : votre colis', 'suivi@chronopost.fr', []],
    ['Doctolib : nouveau planning', 'eloise.martin@cabinet-tilleuls.example', []],
    ['Compte rendu de la réunion', 'x@ailleurs.example', []],
    ['Rendez-vous rue de la Poste', 'x@ailleurs.example', []],
  ])('« %s » from %s → %j', (subject, address, expected) => {
    expect(run('', address, subject)).toEqual(expected);
  });
});
