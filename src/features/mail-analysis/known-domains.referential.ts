import {
  defaultReferentialDir,
  defineReferential,
  loadReferential,
  type ReferentialEntry,
} from '../../lib/referential/loader.ts';
import { z } from '../../lib/zod.ts';

// Imported from the referential's own modules, not its index: the index lists this definition.

/** Kinds of senders; `public_webmail` domains are never an organisation's nor a practice's own. */
export const SENDER_CATEGORIES = [
  'health_insurance',
  'ordre',
  'health_agency',
  'government',
  'bank',
  'health_service',
  'delivery',
  'online_service',
  'public_webmail',
] as const;
export type SenderCategory = (typeof SENDER_CATEGORIES)[number];

const domainName = z.string().regex(/^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/, {
  error: 'domaine en minuscules attendu, par exemple « ameli.fr »',
});
const keyword = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'mot en minuscules sans accent attendu, les mots reliés par des tirets (« credit-agricole »)',
});

/** One organisation practitioners receive mail from, or one public webmail provider. */
export const knownSenderSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'identifiant en minuscules et tirets attendu' }),
  organisation: z.string().trim().min(1).max(120),
  category: z.enum(SENDER_CATEGORIES),
  /** Exact domains; any subdomain of one of them belongs to the organisation too. */
  domains: z.array(domainName).min(1),
  /** Names the organisation shows as sender, matched as whole words in a display name. */
  names: z.array(z.string().trim().min(2).max(120)).optional(),
  /** Phrases that hold one of the names without claiming the organisation (« Pharmacie de la Poste »). */
  ignoredNames: z.array(z.string().trim().min(2).max(120)).optional(),
  /** Words that, in another domain, show an imitation (« ameli-remboursement.com »). */
  keywords: z.array(keyword).optional(),
});
/** One loaded entry (deep-frozen, with its sources). */
export type KnownSender = ReferentialEntry<z.infer<typeof knownSenderSchema>>;

/** `referential/known-sender-domains.yaml`. */
export const knownSenderDomainsReferential = defineReferential({
  file: 'known-sender-domains.yaml',
  schema: knownSenderSchema,
});

/** What the analyser needs from the referential: organisations to protect and webmail domains. */
export interface KnownDomains {
  readonly version: string;
  readonly organisations: readonly KnownSender[];
  readonly webmailDomains: ReadonlySet<string>;
}

const split = new WeakMap<object, KnownDomains>();

/**
 * Loads the referential (once per process) and splits organisations from public webmail; the same
 * object is returned as long as the file is not reloaded, so what is derived from it can be cached.
 * @throws {ReferentialError} naming the file, line and field in French.
 * @example loadKnownDomains().organisations.find((o) => o.id === 'assurance-maladie')?.domains // ['ameli.fr']
 */
export function loadKnownDomains(dir: string = defaultReferentialDir): KnownDomains {
  const referential = loadReferential(knownSenderDomainsReferential, dir);
  const cached = split.get(referential);
  if (cached) return cached;
  const organisations = referential.entries.filter((entry) => entry.category !== 'public_webmail');
  const webmailDomains = new Set(
    referential.entries.filter((entry) => entry.category === 'public_webmail').flatMap((entry) => entry.domains),
  );
  const known = { version: referential.version, organisations, webmailDomains };
  split.set(referential, known);
  return known;
}
