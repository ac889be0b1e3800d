import { belongsTo, domainOfAddress } from './domains.ts';
import type { Reporter } from './findings.ts';
import type { ParsedMail } from './parse-mail.ts';
import { quote } from './text-fold.ts';

const MECHANISMS = ['dmarc', 'spf', 'dkim'] as const;
type Mechanism = (typeof MECHANISMS)[number];
type Outcome = 'fail' | 'softfail';

const FAILURES = new Set(['fail', 'hardfail', 'permerror']);

/**
 * The failed mechanisms of the receiving servers' `Authentication-Results` (and `Received-SPF`):
 * a mechanism fails when some result says fail (or softfail) and none says pass (a message may
 * carry several DKIM signatures).
 * @example authenticationFailures(['mx.example; spf=softfail smtp.mailfrom=x; dkim=pass']) // Map { 'spf' => 'softfail' }
 */
export function authenticationFailures(headers: readonly string[]): Map<Mechanism, Outcome> {
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
  const failures = new Map<Mechanism, Outcome>();
  for (const mechanism of MECHANISMS) {
    const results = seen.get(mechanism);
    if (!results || results.has('pass')) continue;
    if ([...results].some((result) => FAILURES.has(result))) failures.set(mechanism, 'fail');
    else if (results.has('softfail')) failures.set(mechanism, 'softfail');
  }
  return failures;
}

const describe = (failures: Map<Mechanism, Outcome>) =>
  [...failures]
    .map(([mechanism, outcome]) => `${mechanism.toUpperCase()} : ${outcome === 'fail' ? 'échec' : 'échec partiel'}`)
    .join(', ');

/**
 * SPF, DKIM and DMARC failures read from the headers the receiving servers added; a message that
 * claims to come from the practice's own domain and fails them is an impersonation of the practice.
 * Nothing is checked when the message carries no such header (a pasted message may not).
 */
export function checkAuthentication(mail: ParsedMail, ownDomains: readonly string[], report: Reporter): void {
  const failures = authenticationFailures(mail.authenticationResults);
  if (failures.size === 0) return;
  const fromDomain = mail.from ? domainOfAddress(mail.from.address) : null;
  const list = describe(failures);
  const severity =
    failures.get('dmarc') === 'fail' ? 'high' : [...failures.values()].includes('fail') ? 'medium' : 'low';
  report.finding(
    'auth_fail',
    severity,
    `Les contrôles d’authentification de la messagerie ont échoué (${list}) : le serveur qui a reçu le message n’a pas pu confirmer qu’il vient bien ${fromDomain ? `du domaine « ${quote(fromDomain)} »` : 'de l’expéditeur affiché'}. Ne vous fiez pas à l’adresse de l’expéditeur.`,
  );
  if (fromDomain && ownDomains.some((own) => belongsTo(fromDomain, own))) {
    report.finding(
      'own_domain_unauthenticated',
      'high',
      `Le message se présente comme venant de votre propre domaine (« ${quote(fromDomain)} ») mais n’a pas passé les contrôles d’authentification (${list}). Quelqu’un se fait sans doute passer pour le cabinet : ne répondez pas, et prévenez la personne qui gère votre messagerie pour qu’elle vérifie la protection du domaine (SPF, DKIM, DMARC).`,
    );
  }
}
