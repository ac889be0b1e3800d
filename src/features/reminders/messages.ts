import { formatDateTime } from '../../lib/dates/index.ts';
import type { TodoItem } from '../../lib/todo/registry.ts';
import { escapeHtml } from '../notice/notice-website.ts';
import type { AlertTrigger, DigestFrequency } from './reminders.ts';

/** One e-mail, in plain text and HTML (the same words). */
export interface Message {
  subject: string;
  text: string;
  html: string;
}

export interface JournalAnchor {
  count: number;
  headHash: string;
}

interface Common {
  practiceName: string;
  /** Hygie's address, for the links. */
  base: string;
  /** The signed link that stops this kind of e-mail, without signing in. */
  unsubscribeUrl: string;
  unsubscribeLabel: string;
}

type Block = { heading?: string; lines: { text: string; href?: string }[] } | { paragraph: string };

const STATE_WORDS: Record<TodoItem['state'], string> = {
  overdue: 'en retard',
  due_soon: 'bientôt',
  open: 'à faire',
};

const itemLine = (item: TodoItem, base: string) => ({
  text: `${item.title}${item.state === 'open' ? '' : ` (${STATE_WORDS[item.state]})`}`,
  href: `${base}${item.href}`,
});

function render(subject: string, intro: string, blocks: Block[], common: Common): Message {
  const footer = `${common.unsubscribeLabel} : ${common.unsubscribeUrl}`;
  const textParts = [intro, ''];
  const htmlParts = [`<p>${escapeHtml(intro)}</p>`];
  for (const block of blocks) {
    if ('paragraph' in block) {
      textParts.push(block.paragraph, '');
      htmlParts.push(`<p>${escapeHtml(block.paragraph)}</p>`);
      continue;
    }
    if (block.heading) {
      textParts.push(block.heading);
      htmlParts.push(`<h2 style="font-size:16px">${escapeHtml(block.heading)}</h2>`);
    }
    textParts.push(...block.lines.map((line) => `- ${line.text}${line.href ? ` : ${line.href}` : ''}`), '');
    htmlParts.push(
      `<ul>${block.lines
        .map((line) =>
          line.href
            ? `<li><a href="${escapeHtml(line.href)}">${escapeHtml(line.text)}</a></li>`
            : `<li>${escapeHtml(line.text)}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  textParts.push('--', `Hygie, pour le cabinet « ${common.practiceName} ».`, footer);
  htmlParts.push(
    `<hr><p style="color:#555;font-size:13px">Hygie, pour le cabinet « ${escapeHtml(common.practiceName)} ».<br>` +
      `<a href="${escapeHtml(common.unsubscribeUrl)}">${escapeHtml(common.unsubscribeLabel)}</a></p>`,
  );
  return {
    subject,
    text: textParts.join('\n'),
    html: `<!doctype html><html lang="fr"><body style="font-family:sans-serif;line-height:1.5">${htmlParts.join('')}</body></html>`,
  };
}

const anchorBlock = (journal: JournalAnchor): Block => ({
  heading: 'Code de contrôle du journal',
  lines: [
    { text: `Nombre d’entrées : ${journal.count}` },
    { text: `Code de contrôle : ${journal.headHash}` },
    {
      text: `Gardez cet e-mail : il permet de vérifier plus tard que le journal n’a pas été réécrit (« hygie journal verify --against ${journal.headHash}@${journal.count} »).`,
    },
  ],
});

/**
 * The digest: what the member has to do, overdue first (the « à faire » list as she sees it), and
 * for the owner the journal's entry count and head hash.
 */
export function digestMessage(
  input: Common & { frequency: Exclude<DigestFrequency, 'none'>; items: readonly TodoItem[]; journal?: JournalAnchor },
): Message {
  const when = input.frequency === 'daily' ? 'du jour' : 'de la semaine';
  const urgent = input.items.filter((item) => item.state !== 'open');
  const later = input.items.filter((item) => item.state === 'open');
  const blocks: Block[] = [];
  if (input.items.length === 0) blocks.push({ paragraph: 'Rien à faire pour le moment : tout est à jour.' });
  if (urgent.length > 0) {
    blocks.push({ heading: 'En retard ou bientôt dû', lines: urgent.map((item) => itemLine(item, input.base)) });
  }
  if (later.length > 0) blocks.push({ heading: 'À faire', lines: later.map((item) => itemLine(item, input.base)) });
  if (input.journal) blocks.push(anchorBlock(input.journal));
  const count = input.items.length;
  return render(
    `Hygie — le point ${when} : ${count === 0 ? 'rien à faire' : `${count} chose${count > 1 ? 's' : ''} à faire`}`,
    `Bonjour, voici le point ${when} pour le cabinet « ${input.practiceName} ».`,
    blocks,
    input,
  );
}

const ALERT_SUBJECTS: Record<AlertTrigger, string> = {
  'breach-aware': 'Violation de données : 72 heures pour prévenir la CNIL',
  'breach-24h': 'Violation de données : moins de 24 heures pour prévenir la CNIL',
  'breach-overdue': 'Violation de données : le délai de 72 heures est dépassé',
  'request-soon': 'Demande d’un patient : à traiter dans les 3 jours',
  'request-overdue': 'Demande d’un patient : le délai est dépassé',
};

const ALERT_ADVICE: Record<AlertTrigger, string> = {
  'breach-aware':
    'Une violation de données a été enregistrée. Si elle présente un risque pour les patients, elle doit être notifiée à la CNIL dans les 72 heures après en avoir eu connaissance.',
  'breach-24h':
    'Il reste moins de 24 heures pour notifier la violation à la CNIL. Une notification incomplète peut être complétée ensuite.',
  'breach-overdue':
    'Le délai de 72 heures est passé : notifiez la CNIL dès maintenant, en expliquant la raison du retard.',
  'request-soon': 'Le délai légal pour répondre à cette demande se termine dans 3 jours ou moins.',
  'request-overdue': 'Le délai légal pour répondre à cette demande est dépassé : répondez au plus vite.',
};

/** An immediate alert about one item. */
export function alertMessage(input: Common & { item: TodoItem; trigger: AlertTrigger; now: Date }): Message {
  const due = input.item.due ? ` Échéance : ${formatDateTime(new Date(input.item.due))}.` : '';
  return render(
    `Hygie — ${ALERT_SUBJECTS[input.trigger]}`,
    `${ALERT_ADVICE[input.trigger]}${due}`,
    [{ lines: [itemLine(input.item, input.base)] }],
    input,
  );
}

/** The monthly anchor of an owner who takes no digest: the journal's head, nothing else. */
export function anchorMessage(input: Common & { journal: JournalAnchor }): Message {
  return render(
    'Hygie — le code de contrôle du journal de ce mois',
    'Vous ne recevez pas le point régulier ; voici le code de contrôle du journal du cabinet, envoyé une fois par mois.',
    [anchorBlock(input.journal)],
    input,
  );
}

/** The owner's « m'envoyer un e-mail d'essai ». */
export function testMessage(input: { practiceName: string; base: string }): Message {
  const intro = `Cet e-mail d’essai montre que Hygie peut envoyer les rappels du cabinet « ${input.practiceName} ». Vous n’avez rien à faire.`;
  return {
    subject: 'Hygie — e-mail d’essai',
    text: `${intro}\n\n--\nHygie : ${input.base}`,
    html: `<!doctype html><html lang="fr"><body style="font-family:sans-serif"><p>${escapeHtml(intro)}</p></body></html>`,
  };
}
