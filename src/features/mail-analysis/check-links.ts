import type { AnalysisContext } from './analysis-context.ts';
import { belongsTo, isPunycode, sameSite, unicodeOf } from './domains.ts';
import type { Reporter } from './findings.ts';
import type { MailLink } from './html-text.ts';
import { isIpHost, parseWebLink, visibleHost } from './link-host.ts';
import { findLookalike, ownerOf } from './lookalike.ts';
import { describeLookalike } from './lookalike-text.ts';
import { quote } from './text-fold.ts';
import { URL_SHORTENERS } from './url-shorteners.ts';

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function checkVisibleText(link: MailLink, url: URL, host: string, context: AnalysisContext, report: Reporter) {
  if (url.username) {
    report.finding(
      'link_mismatch',
      'high',
      `Un lien commence par « ${quote(decoded(url.username))} » mais mène en réalité à « ${quote(unicodeOf(host))} » (tout ce qui précède le « @ » dans une adresse web est ignoré par le navigateur). C’est un déguisement : ne cliquez pas.`,
    );
    return;
  }
  const shown = visibleHost(link.text);
  if (!shown || sameSite(shown, host) || belongsTo(host, shown)) return;
  const target = ownerOf(shown, context.targets);
  if (target?.healthInsurance) report.healthInsurance();
  report.finding(
    'link_mismatch',
    target ? 'high' : 'medium',
    `Un lien affiche « ${quote(link.text)} » mais mène en réalité à « ${quote(unicodeOf(host))} »${target ? `, qui n’est pas « ${target.domain} »` : ''}. C’est la ruse la plus courante de l’hameçonnage : ne cliquez pas ; pour aller sur ${quote(shown)}, tapez vous-même l’adresse dans votre navigateur.`,
  );
}

function checkHost(url: URL, host: string, context: AnalysisContext, report: Reporter) {
  if (isIpHost(host)) {
    report.finding(
      'ip_url',
      'high',
      `Un lien mène à une adresse IP brute (« ${quote(host)} ») au lieu d’un nom de site : les organismes sérieux ne font jamais cela. Ne cliquez pas.`,
    );
    return;
  }
  if (url.port) {
    report.finding(
      'unusual_port',
      'medium',
      `Un lien mène à « ${quote(unicodeOf(host))} » par un port inhabituel (${url.port}) : c’est souvent le signe d’un site monté à la hâte. Ne cliquez pas.`,
    );
  }
  const shortener = URL_SHORTENERS.find((domain) => belongsTo(host, domain));
  if (shortener) {
    report.finding(
      'url_shortener',
      'medium',
      `Un lien passe par un raccourcisseur d’adresse (« ${shortener} ») qui cache sa vraie destination. N’ouvrez pas un lien raccourci reçu par e-mail : demandez l’adresse complète à l’expéditeur, par un autre moyen.`,
    );
    return;
  }
  const lookalike = findLookalike(host, context.targets, context.isWebmail);
  if (lookalike) {
    if (lookalike.imitated.healthInsurance) report.healthInsurance();
    report.finding(
      'lookalike_domain',
      'high',
      `Un lien mène à ${describeLookalike(lookalike)}. Ne cliquez pas : pour aller sur le vrai site, tapez vous-même son adresse dans votre navigateur.`,
    );
  } else if (isPunycode(host)) {
    report.finding(
      'punycode_domain',
      'medium',
      `Un lien mène à un domaine écrit avec des caractères spéciaux (« ${quote(unicodeOf(host))} », forme technique « ${quote(host)} ») : ce procédé sert souvent à imiter un nom connu. Ne cliquez pas sans avoir vérifié l’adresse lettre par lettre.`,
    );
  }
}

/**
 * The links: visible text showing one site and going to another (or hiding the real site behind
 * a « @ »), shortened links, raw IP addresses, unusual ports, look-alike and punycode domains.
 * Each distinct link once; nothing is resolved or fetched.
 */
export function checkLinks(links: readonly MailLink[], context: AnalysisContext, report: Reporter): void {
  const seen = new Set<string>();
  const hosts = new Set<string>();
  for (const link of links) {
    const key = `${link.href}\u0000${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const url = parseWebLink(link.href);
    // The URL parser already gives the host in lower-case ASCII (punycode) form.
    const host = url?.hostname.replace(/\.$/, '');
    if (!url || !host) continue;
    checkVisibleText(link, url, host, context, report);
    // The host's own checks depend on the host and port alone: once each (newsletters repeat one site).
    const site = `${host}:${url.port}`;
    if (hosts.has(site)) continue;
    hosts.add(site);
    checkHost(url, host, context, report);
  }
}
