import { formatDateShort, formatDateTime, formatDayShort } from '../../lib/dates/index.ts';
import { type Content, keyValues, paragraph, table } from '../../lib/documents/index.ts';
import { breachSeverity, breachStatus } from '../breaches/breach.ts';
import { STATUS_LABELS as BREACH_STATUS_LABELS, NATURE_LABELS } from '../breaches/breach-labels.ts';
import { breachTitle } from '../breaches/breaches-view.ts';
import { SEVERITY_LEVEL_LABELS } from '../breaches/severity.ts';
import { KIND_LABELS, STATUS_LABELS as REQUEST_STATUS_LABELS } from '../requests/request-labels.ts';
import { currentDueDate } from '../requests/request-state.ts';
import { formatDuration } from '../retention/durations.ts';
import type { DossierData } from './dossier-data.ts';
import { answeredInTime, breachDecisionText } from './dossier-summary.ts';

const SMALL_MUTED = ['small', 'muted'];
const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');
const dayOf = (iso: string | null) => (iso ? formatDateShort(new Date(iso)) : '—');

/** The processors: what they do, where they host, their HDS certificate, contract and warnings. */
export function processorsContent(data: DossierData): Content[] {
  if (data.processors.length === 0) return [paragraph('Aucun sous-traitant n’est enregistré.')];
  return [
    table({
      headers: [
        'Sous-traitant',
        'Service',
        'Données de santé',
        'Hébergé dans l’UE',
        'Certificat HDS',
        'Contrat signé le',
      ],
      rows: data.processors.map((p) => [
        p.name,
        p.service,
        yesNo(p.hostsHealthData),
        yesNo(p.hostingInEea),
        p.hdsCertificate
          ? `${p.hdsCertificate.number}, valable jusqu’au ${formatDayShort(p.hdsCertificate.expiresOn)}`
          : '—',
        p.dpaSignedOn ? formatDayShort(p.dpaSignedOn) : '—',
      ]),
      widths: ['*', '*', 50, 50, 90, 60],
    }),
    ...data.processors
      .filter((p) => p.warnings.length > 0)
      .map((p) =>
        paragraph([{ text: `${p.name} : `, bold: true }, p.warnings.map((w) => w.message).join(' ')] as Content[]),
      ),
  ];
}

/** The breach register (GDPR art. 33(5)): every breach, its severity, decision and notifications. */
export function breachesContent(data: DossierData): Content[] {
  if (data.breaches.length === 0) return [paragraph('Aucune violation de données n’est enregistrée.')];
  return data.breaches.flatMap((breach) => {
    const severity = breachSeverity(breach);
    return [
      { text: breachTitle(breach), style: 'h2' },
      keyValues([
        ['État', BREACH_STATUS_LABELS[breachStatus(breach)]],
        ['Nature', breach.natures.map((n) => NATURE_LABELS[n]).join(', ') || '—'],
        ['Gravité', severity ? `${SEVERITY_LEVEL_LABELS[severity.level]} (${severity.score})` : 'Non évaluée'],
        ['Décision', breachDecisionText(breach)],
        ['Décision prise le', breach.decision ? formatDateTime(new Date(breach.decision.decidedAt)) : '—'],
        ['Notifiée à la CNIL le', breach.cnilNotifiedAt ? formatDateTime(new Date(breach.cnilNotifiedAt)) : '—'],
        ['Patients informés le', dayOf(breach.subjectsInformedAt)],
        ['Mesures prises', breach.measuresTaken ?? '—'],
        ...(breach.withdrawal
          ? ([
              ['Retirée le', formatDateTime(new Date(breach.withdrawal.at))],
              ['Motif du retrait', breach.withdrawal.reason],
            ] as [string, string][])
          : []),
      ]),
    ];
  });
}

/** The patient requests register, without the names of the people who asked. */
export function requestsContent(data: DossierData): Content[] {
  if (data.requests.length === 0) return [paragraph('Aucune demande de patient n’est enregistrée.')];
  const sorted = [...data.requests].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return [
    paragraph('Le nom des personnes qui ont fait une demande n’apparaît pas dans ce dossier.'),
    table({
      headers: ['N°', 'Demande', 'Reçue le', 'À répondre au plus tard le', 'Répondue le', 'État', 'Dans les délais'],
      rows: sorted.map((request, index) => {
        const inTime = answeredInTime(request);
        return [
          String(index + 1),
          KIND_LABELS[request.kind],
          formatDayShort(request.receivedAt),
          formatDayShort(currentDueDate(request)),
          request.answeredAt ? formatDayShort(request.answeredAt) : '—',
          REQUEST_STATUS_LABELS[request.status],
          inTime === null ? 'En cours' : yesNo(inTime),
        ];
      }),
      widths: [24, '*', 56, 70, 56, 60, 50],
    }),
  ];
}

/** The retention durations in force, the practice's own choices marked. */
export function retentionContent(data: DossierData): Content[] {
  return [
    paragraph(
      `Référentiel des durées de conservation, version ${data.retention.version}. Forme d’exercice retenue pour les pièces comptables : ${data.retention.legalForm.label}.`,
    ),
    table({
      headers: ['Documents', 'Conservation', 'Archivage', 'Choix du cabinet', 'Source'],
      rows: data.retention.rules.map((rule) => [
        rule.label,
        formatDuration(rule.current.keepMonths),
        rule.current.archiveMonths === 0 ? '—' : formatDuration(rule.current.archiveMonths),
        rule.overridden ? 'Oui' : 'Non (durée par défaut)',
        rule.citation,
      ]),
      widths: ['*', 60, 60, 60, '*'],
    }),
  ];
}

/** The score history: the overall score at the end of each month that has one. */
export function scoreHistoryContent(data: DossierData): Content[] {
  const byMonth = new Map<string, { day: string; overall: number | null }>();
  for (const snapshot of data.snapshots) byMonth.set(snapshot.day.slice(0, 7), snapshot);
  if (byMonth.size === 0) return [paragraph('Aucune note n’a encore été enregistrée.')];
  return [
    table({
      headers: ['Jour', 'Note globale'],
      rows: [...byMonth.values()].map((s) => [
        formatDayShort(s.day),
        s.overall === null ? '—' : `${s.overall} sur 100`,
      ]),
      widths: [100, '*'],
    }),
  ];
}

/** The evidence documents: their names, what they prove, who added them and their SHA-256 fingerprint. */
export function evidenceContent(data: DossierData): Content[] {
  if (data.evidence.length === 0) return [paragraph('Aucune pièce justificative n’est jointe.')];
  return [
    paragraph(
      'Chaque pièce est jointe au dossier ZIP ; son empreinte SHA-256 permet de vérifier qu’elle n’a pas été modifiée.',
    ),
    table({
      headers: ['Pièce', 'Se rapporte à', 'Ajoutée par', 'Le', 'Empreinte SHA-256'],
      rows: data.evidence.map((file) => [
        file.fileName,
        file.attachedTo,
        file.addedBy,
        dayOf(file.addedAt),
        { text: file.sha256, style: 'small', font: 'Roboto' },
      ]),
      widths: ['*', '*', 70, 50, 130],
    }),
  ];
}

/** The journal's integrity proof: entries, head hash, verification result and time. */
export function journalProofContent(data: DossierData): Content[] {
  const { verification, verifiedAt } = data.journal;
  return [
    keyValues([
      ['Entrées', String(verification.count)],
      ['Empreinte de la dernière entrée', verification.intact ? verification.headHash : '—'],
      ['Vérification', verification.intact ? 'Chaîne intacte' : `Chaîne rompue : ${verification.message}`],
      ['Vérifiée le', formatDateTime(verifiedAt)],
    ]),
    {
      text:
        'Chaque entrée du journal contient l’empreinte de la précédente : modifier ou supprimer une entrée rompt la chaîne. ' +
        `Pour vérifier plus tard que rien n’a été modifié ni effacé depuis ce dossier, vérifiez le journal dans Hygie : l’entrée n° ${verification.count} doit toujours porter l’empreinte ci-dessus.`,
      style: SMALL_MUTED,
    },
  ];
}
