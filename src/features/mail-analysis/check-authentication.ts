import { belongsTo, domainOfAddress } from './domains.ts';
import type { Reporter } from './findings.ts';
import type { ParsedMail } from './parse-mail.ts';
import { TECHNICAL_DETAIL } from './technical-detail.ts';
import { quote } from './text-fold.ts';

const MECHANISMS = ['spf', 'dkim', 'dmarc'] as const;
type Mechanism = (typeof MECHANISMS)[number];
/** What the receiving server said of a mechanism; `missing` when it said nothing usable (none, neutral…). */
export type Outcome = 'pass' | 'fail' | 'softfail' | 'missing';

const FAILURES = new Set(['fail', 'hardfail', 'permerror']);

/**
 * Each mechanism's outcome in the trusted authentication results: `pass` when one result says
 * pass (a message may carry several DKIM signatures), else `fail` (fail, permerror), else
 * `softfail`, else `missing`.
 * @example authenticationOutcomes(['mx.example; spf=softfail smtp.mailfrom=x; dkim=pass']) // { spf: 'softfail', dkim: 'pass', dmarc: 'missing' }
 */
export function authenticationOutcomes(headers: readonly string[]): Record<Mechanism, Outcome> {
  const seen = new Map<Mechanism, Set<string>>();
  for (const header of headers) {
    const text = header.slice(0, 10_000);
    const pattern = /\b(spf|dkim|dmarc)\s*=\s*([a-z]+)/gi;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const mechanism = match[1]?.toLowerCase() as Mechanism;
      const results = seen.get(mechanism) ?? new Set<string>();
      results.add((match[2] ?? '').toLowerCase());
      seen.set(mechanism, results);
    }
  }
  return { spf: outcomeOf(seen.get('spf')), dkim: outcomeOf(seen.get('dkim')), dmarc: outcomeOf(seen.get('dmarc')) };
}

/** One mechanism's outcome from the results the header gave it: a pass wins, then a failure. */
function outcomeOf(seen: ReadonlySet<string> | undefined): Outcome {
  const results = [...(seen ?? [])];
  if (results.includes('pass')) return 'pass';
  if (results.some((result) => FAILURES.has(result))) return 'fail';
  return results.includes('softfail') ? 'softfail' : 'missing';
}

const WORDS: Record<Outcome, string> = {
  pass: 'réussi',
  fail: 'échec',
  softfail: 'échec partiel',
  missing: 'absent',
};

const describe = (outcomes: Record<Mechanism, Outcome>) =>
  MECHANISMS.map((mechanism) => `${mechanism.toUpperCase()} : ${WORDS[outcomes[mechanism]]}`).join(', ');

const failed = (outcome: Outcome) => outcome === 'fail' || outcome === 'softfail';

/**
 * SPF, DKIM and DMARC as the receiving server judged them (the trusted header only, see
 * `trustedAuthenticationResults`). DMARC passing confirms the sender's domain, whatever SPF or
 * DKIM say alone (a forwarded message fails SPF). A DMARC failure is a medium finding; one failed
 * or missing check without DMARC is a low one: on an otherwise ordinary message, a signal, never
 * « Dangereux » by itself. A message from the practice's own domain that fails a check is an
 * impersonation of the practice (high). Nothing is said when the message carries no such header.
 */
export function checkAuthentication(mail: ParsedMail, ownDomains: readonly string[], report: Reporter): void {
  if (mail.authenticationResults.length === 0) return;
  const outcomes = authenticationOutcomes(mail.authenticationResults);
  if (outcomes.dmarc === 'pass') return;
  const fromDomain = mail.from ? domainOfAddress(mail.from.address) : null;
  const domain = fromDomain ? `du domaine « ${quote(fromDomain)} »` : 'de l’expéditeur affiché';
  const list = describe(outcomes);
  const anyFailure = MECHANISMS.some((mechanism) => failed(outcomes[mechanism]));
  if (outcomes.dmarc === 'fail') {
    report.finding(
      'auth_fail',
      'medium',
      `Les contrôles d’authentification de l’expéditeur ont échoué : le serveur qui a reçu le message n’a pas pu confirmer qu’il vient bien ${domain}. Ne vous fiez pas à l’adresse de l’expéditeur ; seul, ce signal rend le message suspect, et il devient grave avec d’autres.${TECHNICAL_DETAIL}${list}.`,
    );
  } else if (anyFailure) {
    report.finding(
      'auth_fail',
      'low',
      `Un des contrôles d’authentification de l’expéditeur a échoué. Cela arrive aussi aux messages légitimes (transfert, liste de diffusion) : c’est un signal faible, que Hygie compte avec les autres ; vérifiez l’expéditeur avant d’agir.${TECHNICAL_DETAIL}${list}.`,
    );
  } else if (outcomes.spf !== 'pass' && outcomes.dkim !== 'pass') {
    report.finding(
      'auth_fail',
      'low',
      `Aucun des contrôles d’authentification de l’expéditeur n’a confirmé que le message vient bien ${domain}. C’est courant pour de petits expéditeurs : c’est un signal faible, que Hygie compte avec les autres ; vérifiez l’expéditeur avant d’agir.${TECHNICAL_DETAIL}${list}.`,
    );
  }
  if (anyFailure && fromDomain && ownDomains.some((own) => belongsTo(fromDomain, own))) {
    report.finding(
      'own_domain_unauthenticated',
      'high',
      `Le message se présente comme venant de votre propre domaine (« ${quote(fromDomain)} ») mais n’a pas passé les contrôles d’authentification de l’expéditeur. Quelqu’un se fait sans doute passer pour le cabinet : ne répondez pas, et prévenez la personne qui gère votre messagerie pour qu’elle vérifie la protection du domaine.${TECHNICAL_DETAIL}${list} ; la protection du domaine à vérifier : SPF, DKIM et DMARC.`,
    );
  }
}
