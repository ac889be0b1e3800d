import { describe, expect, it } from 'vitest';
import { buildContext } from './analysis-context.ts';
import { skeleton } from './confusables.ts';
import { belongsTo, sameSite, siteOf } from './domains.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { findLookalike } from './lookalike.ts';

const context = buildContext(loadKnownDomains(), { ownDomains: ['cabinet-tilleuls.fr'] });
const lookalike = (domain: string) => findLookalike(domain, context.targets, context.isWebmail);

describe('findLookalike', () => {
  it.each([
    ['xn--meli-43d.fr', 'ameli.fr', 'punycode', 'a Cyrillic « а »'],
    ['xn--amli-cpa.fr', 'ameli.fr', 'punycode', 'an accented « é »'],
    ['arneli.fr', 'ameli.fr', 'confusable', '« rn » read as « m »'],
    ['ame1i.fr', 'ameli.fr', 'confusable', 'a « 1 » for an « l »'],
    ['amelli.fr', 'ameli.fr', 'typo', 'one letter added'],
    ['urssaf-fr.com', 'urssaf.fr', 'keyword', 'name with a word added'],
    ['ameli-securite.fr', 'ameli.fr', 'keyword', 'name with a word added'],
    ['ameli.fr.verif-compte.com', 'ameli.fr', 'keyword', 'the real domain at the start of another'],
    ['ameli.com', 'ameli.fr', 'keyword', 'the same name under another extension'],
    ['credit-agricole-securite.example', 'credit-agricole.fr', 'keyword', 'bank name with a word added'],
    ['credlt-agricole.fr', 'credit-agricole.fr', 'confusable', 'an « l » for the « i » in a long name'],
    ['credit-agrcole.fr', 'credit-agricole.fr', 'typo', 'one letter missing in a long name'],
    ['clc.example', 'cic.fr', 'confusable', 'an « l » (a capital I to the eye) for the « i » of a short name'],
    ['paypa1.com', 'paypal.com', 'confusable', 'a « 1 » for the « l »'],
    ['rnicrosoft.com', 'microsoft.com', 'confusable', '« rn » for « m » (Unicode data)'],
    ['docusign-envelope.example', 'docusign.com', 'keyword', 'an e-signature brand with a word added'],
    ['colissimo-suivi.example', 'colissimo.fr', 'keyword', 'a parcel carrier with a word added'],
    ['ancv-cheques.example', 'ancv.com', 'keyword', 'a short agency name as a whole word'],
    ['moncompteformation-droits.example', 'moncompteformation.gouv.fr', 'keyword', 'the training account'],
    ['ordre-medecin.com', 'ordre.medecin.fr', 'keyword', 'an Ordre with words joined'],
    ['impots-gouv.fr.example', 'gouv.fr', 'keyword', 'a government look-alike'],
    ['cabinet-tilleul.fr', 'cabinet-tilleuls.fr', 'typo', 'the practice’s own domain, one letter off'],
    ['cic-virement.example', 'cic.fr', 'keyword', 'a short bank name as a whole word'],
  ])('%s imitates %s (%s: %s)', (domain, imitated, kind) => {
    expect(lookalike(domain)).toMatchObject({ kind, imitated: { domain: imitated } });
  });

  it.each([
    ['ameli.fr', 'the real domain'],
    ['info.ameli.fr', 'a subdomain of the real domain'],
    ['conseil75.ordre.medecin.fr', 'a subdomain of an Ordre'],
    ['impots.gouv.fr', 'any gouv.fr site'],
    ['cabinet-tilleuls.fr', 'the practice’s own domain'],
    ['gmail.com', 'public webmail'],
    ['orange.fr', 'public webmail'],
    ['amelie-dupont.fr', 'a name that only starts like a known one'],
    ['sante-pratique.example', 'an unrelated domain'],
    ['cicero.example', 'a short name is only matched as a whole word'],
    ['ici.fr', 'short names get no typo tolerance'],
    ['lcl.fr', 'a known bank (not an « l for i » imitation of anything)'],
    ['amazonaws.com', 'a longer name that only starts like a brand'],
    ['google-analytics.com', 'Google has no keyword: its name inside another is not an imitation'],
    ['maprimerenov.gouv.fr', 'a State site'],
    ['e.paypal.fr', 'a subdomain of a brand’s real domain'],
  ])('%s is not a look-alike (%s)', (domain) => {
    expect(lookalike(domain)).toBeNull();
  });
});

describe('domain helpers', () => {
  it.each([
    ['аmeli.fr', 'ameli.fr', 'a Cyrillic « а »'],
    ['arneli.fr', 'ameli.fr', '« rn » for « m » (Unicode data)'],
    ['ＡＭＥＬＩ.fr', 'ameli.fr', 'full-width letters'],
    ['améli.fr', 'ameli.fr', 'an accent'],
    ['vvanadoo.fr', 'wanadoo.fr', '« vv » for « w »'],
    ['paypa1.com', 'paypal.com', 'a « 1 » for « l »'],
    ['ΤΗΑLΕS', 'thales', 'Greek capitals'],
    ['am\u200Bazon', 'amazon', 'a zero-width space'],
    ['gοοgle', 'google', 'Greek omicrons'],
  ])('%s looks like %s (%s)', (text, lookalike) => {
    expect(skeleton(text)).toBe(skeleton(lookalike));
  });

  it.each([
    ['ameli.fr', 'amelie.fr'],
    ['thales', 'thaïes'],
    ['cic', 'clc'],
  ])('%s does not look like %s', (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });

  it.each([
    ['news.mail.example.com', 'example.com'],
    ['impots.gouv.fr', 'impots.gouv.fr'],
    ['example.co.uk', 'example.co.uk'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['localhost', 'localhost'],
  ])('siteOf(%s) is %s', (domain, site) => {
    expect(siteOf(domain)).toBe(site);
  });

  it.each([
    ['info.ameli.fr', 'ameli.fr', true],
    ['ameli.fr', 'ameli.fr', true],
    ['fakeameli.fr', 'ameli.fr', false],
  ])('belongsTo(%s, %s) is %s', (domain, parent, expected) => {
    expect(belongsTo(domain, parent)).toBe(expected);
  });

  it('tells two domains of the same site', () => {
    expect(sameSite('bounce.example.com', 'www.example.com')).toBe(true);
    expect(sameSite('example.com', 'example.org')).toBe(false);
  });
});
