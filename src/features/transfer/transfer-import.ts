import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import type { SecretBox } from '../../lib/crypto/secret-box.ts';
import { badRequest, conflict, HttpError } from '../../server/errors.ts';
import { createLink } from '../accounts/links.repository.ts';
import { hashPassword } from '../accounts/password.ts';
import type { Role } from '../accounts/roles.ts';
import { newSecret } from '../accounts/secrets.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { type JournalEntry, verifyChain } from '../journal/journal.ts';
import { entriesText } from '../journal/journal-archives.ts';
import { emailsInUse, markSetUp, writePracticeRows } from './transfer.repository.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type PracticeExport, practiceExportSchema } from './transfer-format.ts';
import { remapPractice } from './transfer-remap.ts';

/** The largest file the import reads by default: 400 Mo (a JavaScript string holds at most about 500 Mo). */
export const DEFAULT_IMPORT_MAX_BYTES = 400 * 1024 * 1024;

const NOT_IMPORTED = 'Le cabinet n’a pas été importé.';

/** « 12 ko », « 3,5 Mo ». */
const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} ko`
    : `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

export const importTooLarge = (size: number, max: number) =>
  new HttpError(
    413,
    'too_large',
    `Le fichier fait ${sizeText(size)}, plus que les ${sizeText(max)} acceptés. ${NOT_IMPORTED}`,
  );

/** Reads and checks the file: JSON, this format and version, every field, every chain, every evidence file. */
export function parseExport(bytes: Buffer, maxBytes = DEFAULT_IMPORT_MAX_BYTES): PracticeExport {
  if (bytes.length > maxBytes) throw importTooLarge(bytes.length, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw badRequest(`Ce fichier n’est pas un export Hygie lisible (ce n’est pas du JSON valide). ${NOT_IMPORTED}`);
  }
  const head = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) {
    throw badRequest(`Ce fichier n’est pas un export complet de cabinet Hygie. ${NOT_IMPORTED}`);
  }
  if (head.version !== EXPORT_VERSION) {
    throw badRequest(
      `Ce fichier est au format d’export n° ${String(head.version)} ; cette version de Hygie lit le format n° ${EXPORT_VERSION}. Importez-le avec une version de Hygie qui lit ce format. ${NOT_IMPORTED}`,
    );
  }
  const parsed = practiceExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'fichier';
    throw badRequest(
      `Fichier d’export invalide, champ « ${where} » : ${issue?.message ?? 'valeur invalide'}. ${NOT_IMPORTED}`,
    );
  }
  const file = parsed.data;
  checkChain(file.journal, 'Le journal du fichier');
  for (const [index, archive] of file.journalArchives.entries()) {
    checkChain(archive, `Le journal archivé n° ${index + 1} du fichier`);
  }
  checkEvidence(file);
  return file;
}

function checkChain(
  chain: { sourcePracticeId: string; count: number; headHash: string; entries: JournalEntry[] },
  what: string,
): void {
  const refuse = (why: string) => badRequest(`${what} est altéré : ${why} ${NOT_IMPORTED}`);
  const verification = verifyChain(chain.entries);
  if (!verification.intact) throw refuse(verification.message);
  if (chain.entries.some((entry) => entry.practiceId !== chain.sourcePracticeId)) {
    throw refuse('des entrées appartiennent à un autre cabinet.');
  }
  if (verification.count !== chain.count || verification.headHash !== chain.headHash) {
    throw refuse('son nombre d’entrées ou son empreinte finale ne correspondent pas à ce que le fichier annonce.');
  }
}

function checkEvidence(file: PracticeExport): void {
  for (const row of file.tables.evidence_files as Record<string, unknown>[]) {
    const bytes = Buffer.from(String(row.content), 'base64');
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== row.sha256 || bytes.length !== row.size) {
      throw badRequest(
        `La pièce justificative « ${String(row.file_name)} » ne correspond pas à son empreinte SHA-256 : le fichier a été modifié ou abîmé. ${NOT_IMPORTED}`,
      );
    }
  }
}

/** A member of the imported practice and the one-time link to choose a password (active members only). */
export interface ImportedMember {
  email: string;
  name: string;
  role: Role;
  /** Null for a deactivated member: no link. */
  token: string | null;
}

export interface ImportResult {
  practiceId: string;
  practiceName: string;
  /** The instance had no practice: the import was its first setup. */
  firstSetup: boolean;
  members: ImportedMember[];
  linkExpiresAt: string | null;
  headHash: string;
}

/**
 * Creates the file's practice as a new practice of this instance, in one transaction: new ids, the
 * file's journal (and earlier archived journals) kept as archived chains, a new journal that starts
 * with `practice.imported` recording the imported head hash, every member's password replaced by
 * one nobody knows with a one-time link to choose a new one. Refused (nothing written) when an
 * e-mail address is already used on this instance.
 */
export async function importPractice(
  db: Db,
  box: SecretBox,
  file: PracticeExport,
  input: { actor: JournalActor },
  now: Date,
): Promise<ImportResult> {
  const users = file.tables.users as { email: string; name: string; role: Role; status: string }[];
  const taken = await emailsInUse(
    db,
    users.map((user) => user.email),
  );
  if (taken.length > 0) {
    throw conflict(
      `${taken.length > 1 ? 'Ces adresses e-mail sont déjà celles de comptes' : 'Cette adresse e-mail est déjà celle d’un compte'} de cette instance : ${taken.join(', ')}. ${NOT_IMPORTED}`,
      'email',
    );
  }
  const unusablePassword = await hashPassword(newSecret());
  const practiceId = randomUUID();
  const rows = remapPractice(file, { practiceId, now, newId: randomUUID });
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('practices').select('id').limit(1).executeTakeFirst();
    await writePracticeRows(trx, rows, { practiceId, box }, { unusablePassword });
    if (!before) await markSetUp(trx, now);
    await appendJournal(
      trx,
      practiceId,
      {
        actor: input.actor,
        action: 'practice.imported',
        subject: { type: 'practice', id: practiceId },
        summary: `Cabinet importé d’une autre installation de Hygie ; journal précédent archivé (${entriesText(file.journal.count)}, empreinte finale ${file.journal.headHash}).`,
        data: {
          sourcePracticeId: file.journal.sourcePracticeId,
          exportedAt: file.exportedAt,
          headHash: file.journal.headHash,
          entries: file.journal.count,
          archivedChains: rows.archives.length,
        },
      },
      now,
    );
    const members: ImportedMember[] = [];
    let linkExpiresAt: string | null = null;
    const newUsers = rows.tables.users as { id: string; email: string; name: string; role: Role; status: string }[];
    for (const user of newUsers) {
      if (user.status !== 'active') {
        members.push({ email: user.email, name: user.name, role: user.role, token: null });
        continue;
      }
      const { token, link } = await createLink(
        trx,
        { practiceId, kind: 'password_reset', email: user.email, userId: user.id },
        now,
      );
      linkExpiresAt = link.expiresAt;
      members.push({ email: user.email, name: user.name, role: user.role, token });
    }
    return {
      practiceId,
      practiceName: String(rows.practice.name),
      firstSetup: !before,
      members,
      linkExpiresAt,
      headHash: file.journal.headHash,
    };
  });
}
