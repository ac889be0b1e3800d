import { ReferentialError, type ReferentialIssue } from '../../lib/referential/errors.ts';
import {
  defaultReferentialDir,
  defineReferential,
  loadReferential,
  type ReferentialEntry,
} from '../../lib/referential/loader.ts';
import { z } from '../../lib/zod.ts';
import { INCIDENT_SCENARIOS, type IncidentScenario } from './incident-labels.ts';

// Imported from the referential's own modules, not its index: the index lists these definitions.

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'identifiant en minuscules et tirets attendu, par exemple « couper-internet »',
});
const sentence = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z.url({ protocol: /^https$/, error: 'lien invalide : une adresse complète en https:// est attendue' });

/** A national contact of `referential/national-contacts.yaml`: a phone number, links, or both. */
export const nationalContactSchema = z
  .strictObject({
    id: kebabId,
    name: sentence(120),
    purpose: sentence(300),
    phone: z
      .string()
      .regex(/^\d[\d ]{0,18}\d$/, {
        error: 'numéro invalide : des chiffres et des espaces, par exemple "0 805 805 817"',
      })
      .optional(),
    phoneNote: sentence(60).optional(),
    links: z
      .array(z.strictObject({ label: sentence(120), url: httpsUrl }))
      .min(1)
      .optional(),
    howTo: sentence(400).optional(),
    confidence: z.enum(['high', 'medium']),
  })
  .refine((contact) => contact.phone !== undefined || contact.links !== undefined, {
    error: 'un contact a au moins un numéro (phone) ou un lien (links)',
  });

/** One gesture of a playbook, in order; its id is what a ticked step records. */
export const gestureSchema = z.strictObject({
  id: kebabId,
  text: sentence(220),
  detail: sentence(400).optional(),
});

/** The guided playbook of one scenario. */
export const playbookSchema = z.strictObject({
  id: z.enum(INCIDENT_SCENARIOS, {
    error: `situation inconnue : les situations sont ${INCIDENT_SCENARIOS.join(', ')}`,
  }),
  title: sentence(90),
  choice: sentence(90),
  hint: sentence(200),
  gestures: z.array(gestureSchema).min(3).max(12),
  doNot: z.array(sentence(220)).min(1).max(8),
  contacts: z.array(kebabId).min(1),
});

export type NationalContact = ReferentialEntry<z.infer<typeof nationalContactSchema>>;
export type Gesture = z.infer<typeof gestureSchema>;
export type Playbook = ReferentialEntry<z.infer<typeof playbookSchema>>;

/** `referential/national-contacts.yaml`. */
export const nationalContactsReferential = defineReferential({
  file: 'national-contacts.yaml',
  schema: nationalContactSchema,
});

/** `referential/incident-playbooks.yaml`. */
export const incidentPlaybooksReferential = defineReferential({
  file: 'incident-playbooks.yaml',
  schema: playbookSchema,
});

/** The incident mode's referential: the playbooks by scenario and the national contacts. */
export interface IncidentReferential {
  readonly version: string;
  readonly contactsVersion: string;
  readonly playbooks: readonly Playbook[];
  readonly contacts: readonly NationalContact[];
  playbook(scenario: IncidentScenario): Playbook;
  contact(id: string): NationalContact | undefined;
}

/**
 * Phone-like numbers of 4 digits or more written in a text (« 3608 », « 0 805 805 817 »), spaces
 * removed. Shorter numbers (« 72 heures ») are not checked: they cannot be told from quantities.
 */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(/(?<!\d|\d[.,])\d(?:[\d ]{2,16}\d)(?!\d|[.,]\d)/g)]
    .map((m) => m[0].replace(/ /g, ''))
    .filter((digits) => digits.length >= 4);
}

/**
 * Cross-checks both files: every scenario has its playbook, gesture ids are unique in a playbook,
 * every contact a playbook names exists, and a phone number quoted in a gesture is one of the
 * national contacts' (so no number enters without its source).
 */
function crossCheck(playbookFile: string, playbooks: readonly Playbook[], contacts: readonly NationalContact[]) {
  const issues: ReferentialIssue[] = [];
  const report = (message: string, entryId?: string) => issues.push({ file: playbookFile, message, entryId });
  const contactIds = new Set(contacts.map((c) => c.id));
  const phones = new Set(contacts.flatMap((c) => (c.phone ? [c.phone.replace(/ /g, '')] : [])));
  for (const scenario of INCIDENT_SCENARIOS) {
    if (!playbooks.some((p) => p.id === scenario)) report(`la situation « ${scenario} » n’a pas de guide`);
  }
  for (const playbook of playbooks) {
    const seen = new Set<string>();
    for (const gesture of playbook.gestures) {
      if (seen.has(gesture.id)) report(`le geste « ${gesture.id} » apparaît deux fois`, playbook.id);
      seen.add(gesture.id);
      for (const phone of phoneNumbersIn(`${gesture.text} ${gesture.detail ?? ''}`)) {
        if (!phones.has(phone)) {
          report(
            `le numéro « ${phone} » n’est pas dans national-contacts.yaml (ajoutez-le avec sa source)`,
            playbook.id,
          );
        }
      }
    }
    for (const id of playbook.contacts) {
      if (!contactIds.has(id)) report(`le contact « ${id} » n’existe pas dans national-contacts.yaml`, playbook.id);
    }
  }
  return issues;
}

/**
 * Loads and cross-checks `incident-playbooks.yaml` and `national-contacts.yaml`.
 * @throws {ReferentialError} naming the file and the problem in French.
 * @example loadIncidentReferential().playbook('ransomware').gestures[0].text
 */
export function loadIncidentReferential(dir: string = defaultReferentialDir): IncidentReferential {
  const contacts = loadReferential(nationalContactsReferential, dir);
  const playbooks = loadReferential(incidentPlaybooksReferential, dir);
  const issues = crossCheck(playbooks.file, playbooks.entries, contacts.entries);
  if (issues.length > 0) throw new ReferentialError(issues);
  const byScenario = new Map(playbooks.entries.map((p) => [p.id, p]));
  const byId = new Map(contacts.entries.map((c) => [c.id, c]));
  return {
    version: playbooks.version,
    contactsVersion: contacts.version,
    playbooks: INCIDENT_SCENARIOS.map((s) => byScenario.get(s)!),
    contacts: contacts.entries,
    playbook: (scenario) => byScenario.get(scenario)!,
    contact: (id) => byId.get(id),
  };
}
