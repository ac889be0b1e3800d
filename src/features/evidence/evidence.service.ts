import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { SecretBox } from '../../lib/crypto/secret-box.ts';
import { badRequest, forbidden, HttpError, notFound } from '../../server/errors.ts';
import type { Role } from '../accounts/roles.ts';
import type { MeasuresReferential } from '../checklist/checklist.referential.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import {
  deleteEvidence,
  type EvidenceRecord,
  evidenceBytes,
  evidenceContent,
  findEvidence,
  insertEvidence,
  measureAssignee,
  targetNameOf,
  targetNames,
} from './evidence.repository.ts';
import { type EvidenceTarget, mayManageTarget, readableTargets, targetLabel } from './evidence-targets.ts';
import { evidenceType, evidenceTypeMessage, nameMismatch, safeFileName } from './evidence-type.ts';

/** Where evidence files are kept and within which limits. */
export interface EvidenceStore {
  /** The instance's secret box (`app.deps.secrets`: `HYGIE_SECRET_KEY`, else the key kept in the database). */
  box: SecretBox;
  maxFileBytes: number;
  quotaBytes: number;
  measures: MeasuresReferential;
}

export interface EvidenceCaller {
  practiceId: string;
  userId: string;
  role: Role;
  actor: JournalActor;
}

/** A file with what it proves, in French. */
export interface EvidenceView extends EvidenceRecord {
  attachedTo: string;
}

/** The additional data a file's sealed bytes are bound to (a sealed file copied to another row does not open). */
export const evidenceContext = (practiceId: string, id: string) => `evidence:${practiceId}:${id}`;
const context = evidenceContext;
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`;

export const tooLarge = (maxFileBytes: number) =>
  new HttpError(
    413,
    'too_large',
    `Le fichier dépasse ${megabytes(maxFileBytes)}, la taille la plus grande acceptée pour une pièce justificative.`,
  );

/** Whether the target exists in the practice (404 otherwise) and the caller may attach to it (403). */
async function checkTarget(db: Db, store: EvidenceStore, caller: EvidenceCaller, target: EvidenceTarget) {
  if (!mayManageTarget(caller.role, target.type)) throw forbidden();
  if (target.type === 'practice') {
    if (target.id !== null)
      throw badRequest('Champ « targetId » : ne le donnez pas pour une pièce du cabinet.', 'targetId');
    return;
  }
  if (target.id === null) throw badRequest('Champ « targetId » : indiquez à quoi joindre la pièce.', 'targetId');
  if (target.type === 'measure') {
    if (!store.measures.measures.some((m) => m.id === target.id)) throw notFound('Mesure introuvable.');
    if (caller.role === 'secretary' && (await measureAssignee(db, caller.practiceId, target.id)) !== caller.userId) {
      throw forbidden('Vous ne pouvez joindre une pièce qu’aux mesures qui vous sont attribuées.');
    }
    return;
  }
  const names = await targetNames(db, caller.practiceId);
  if (targetNameOf(names, target) === undefined) throw notFound();
}

/**
 * Adds a file to a target of the practice: its type recognised by its content, its size and the
 * practice's quota checked, its bytes sealed by the secret box, journaled in the same transaction.
 * @throws HttpError 400 (empty file, refused type), 403, 404, 413 (file or quota too large).
 */
export async function addEvidence(
  db: Db,
  store: EvidenceStore,
  caller: EvidenceCaller,
  upload: { target: EvidenceTarget; fileName: string; bytes: Buffer },
  now: Date,
): Promise<EvidenceRecord> {
  await checkTarget(db, store, caller, upload.target);
  if (upload.bytes.length > store.maxFileBytes) throw tooLarge(store.maxFileBytes);
  const type = await evidenceType(upload.bytes);
  if (!type.ok) throw badRequest(evidenceTypeMessage(type), 'file');
  const mismatch = nameMismatch(upload.fileName, type.extension);
  if (mismatch) throw badRequest(mismatch, 'file');
  const id = randomUUID();
  const record: EvidenceRecord = {
    id,
    practiceId: caller.practiceId,
    target: upload.target,
    fileName: safeFileName(upload.fileName, type.extension),
    mediaType: type.mediaType,
    size: upload.bytes.length,
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    addedById: caller.userId,
    addedBy: caller.actor.label,
    addedAt: now.toISOString(),
  };
  const content = store.box.seal(upload.bytes, context(caller.practiceId, id));
  await withTransaction(db, async (trx) => {
    const used = await evidenceBytes(trx, caller.practiceId);
    if (used + record.size > store.quotaBytes) {
      throw new HttpError(
        413,
        'quota_exceeded',
        `Le cabinet a atteint sa place réservée aux pièces justificatives (${megabytes(store.quotaBytes)}) : supprimez des pièces devenues inutiles ou demandez à l’hébergeur d’augmenter HYGIE_EVIDENCE_QUOTA_MB.`,
      );
    }
    await insertEvidence(trx, { ...record, sealed: true, content });
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'evidence.added',
        subject: { type: 'evidence', id },
        summary: `Pièce justificative ajoutée (${targetLabel(upload.target.type, null)}).`,
        data: { target: upload.target.type, mediaType: record.mediaType, size: record.size, sha256: record.sha256 },
      },
      now,
    );
  });
  return record;
}

/** A file the caller may read (404 for another practice's file or one of a target she may not read). */
export async function readableEvidence(db: Db, caller: Pick<EvidenceCaller, 'practiceId' | 'role'>, id: string) {
  const file = await findEvidence(db, caller.practiceId, id);
  if (!file || !readableTargets(caller.role).includes(file.target.type)) {
    throw notFound('Pièce justificative introuvable.');
  }
  return file;
}

/** The original bytes of a stored file, opened with the secret box when it was sealed. */
export async function evidenceBytesOf(
  db: Db,
  store: Pick<EvidenceStore, 'box'>,
  file: EvidenceRecord,
): Promise<Buffer> {
  const stored = await evidenceContent(db, file.practiceId, file.id);
  if (!stored) throw notFound('Pièce justificative introuvable.');
  if (!stored.sealed) return stored.content;
  return store.box.open(stored.content, context(file.practiceId, file.id));
}

/** Removes a file; the journal keeps its SHA-256 and size. */
export async function removeEvidence(
  db: Db,
  store: EvidenceStore,
  caller: EvidenceCaller,
  id: string,
  now: Date,
): Promise<void> {
  const file = await readableEvidence(db, caller, id);
  if (!mayManageTarget(caller.role, file.target.type)) throw forbidden();
  if (file.target.type === 'measure' && caller.role === 'secretary') {
    await checkTarget(db, store, caller, file.target);
  }
  await withTransaction(db, async (trx) => {
    await deleteEvidence(trx, caller.practiceId, id);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'evidence.deleted',
        subject: { type: 'evidence', id },
        summary: `Pièce justificative supprimée (${targetLabel(file.target.type, null)}), empreinte SHA-256 ${file.sha256}.`,
        data: { target: file.target.type, size: file.size, sha256: file.sha256 },
      },
      now,
    );
  });
}

/** Each file with the French name of what it proves (measures from the referential, requests by their day). */
export async function describeEvidence(
  db: Db,
  measures: MeasuresReferential,
  practiceId: string,
  files: EvidenceRecord[],
): Promise<EvidenceView[]> {
  if (files.length === 0) return [];
  const names = await targetNames(db, practiceId);
  const titles = new Map(measures.measures.map((m) => [m.id, m.title]));
  return files.map((file) => {
    const name =
      file.target.type === 'measure' ? (titles.get(file.target.id ?? '') ?? null) : targetNameOf(names, file.target);
    return { ...file, attachedTo: targetLabel(file.target.type, name ?? null) };
  });
}

/** The file's place in the compliance file's ZIP: `pieces/<n>-<name>`, unique and in list order. */
export const evidenceZipName = (index: number, file: EvidenceRecord) =>
  `pieces/${String(index + 1).padStart(3, '0')}-${file.fileName}`;
