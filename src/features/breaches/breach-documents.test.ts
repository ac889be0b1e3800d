import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/support/pdf.ts';
import { type Breach, emptyContent, NO_NOTIFICATIONS } from './breach.ts';
import { breachDocument, breachTimeline, mergeTimelines } from './breach-documents.ts';
import { BREACH_DOCUMENTS, type BreachDocument } from './breach-labels.ts';
import { delayText } from './cnil-notification.ts';
import { sirenOf } from './document-fields.ts';
import { type DocumentContext, documentPdf, documentText } from './document-model.ts';
import { subjectAdvice } from './patient-letter.ts';

const PRACTICE = 'Cabinet Hélène Lefèvre & Noël Gaëtan';
const NOW = new Date('2026-03-28T09:00:00Z');

const DRAFT: Breach = {
  id: 'b1',
  practiceId: 'p1',
  incidentId: null,
  ...emptyContent('2026-03-27T09:00:00.000Z'),
  ...NO_NOTIFICATIONS,
  notificationDeadline: '2026-03-30T09:00:00.000Z',
  severityAnswers: null,
  severityExpert: null,
  withdrawal: null,
  decision: null,
  createdAt: '2026-03-27T09:00:00.000Z',
  updatedAt: '2026-03-27T09:00:00.000Z',
};

const FULL: Breach = {
  ...DRAFT,
  incidentId: 'i1',
  description: 'Un écran de rançon bloque le poste de l’accueil depuis ce matin.',
  natures: ['availability', 'confidentiality'],
  origin: 'ransomware',
  cause: { source: 'external', intent: 'malicious' },
  dataCategories: ['health', 'social_security_number', 'financial'],
  peopleCategories: ['patients', 'minors'],
  peopleCount: 1200,
  recordsCount: 3400,
  consequences: 'Rendez-vous et dossiers inaccessibles pendant deux jours.',
  measuresTaken: 'Poste débranché du réseau, copie du disque faite.',
  measuresPlanned: 'Restauration depuis la sauvegarde de la veille.',
  unintelligible: false,
  evidence: ['Copie du disque du poste de l’accueil', 'Photo de l’écran de rançon'],
  startedAt: '2026-03-26T22:00:00.000Z',
  discoveredAt: '2026-03-27T07:30:00.000Z',
  severityAnswers: { dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0.5, malicious: true },
  cnilNotifiedAt: '2026-03-28T08:00:00.000Z',
  cnilReceiptNumber: 'CNIL-2026-0042',
};

const OWNER = { name: 'Éloïse Martin', role: 'titulaire', email: 'e.martin@exemple.fr', phone: null };

function context(breach: Breach, overrides: Partial<DocumentContext> = {}): DocumentContext {
  return {
    breach,
    practice: { name: PRACTICE, siret: '12345678900011', department: '67', dpo: null },
    legalRepresentative: OWNER,
    contact: OWNER,
    timeline: mergeTimelines(
      [{ at: '2026-03-27T07:40:00.000Z', text: 'Geste fait : Débrancher le câble réseau (Secrétaire)' }],
      breachTimeline(breach),
    ),
    now: NOW,
    ...overrides,
  };
}

/** The PDF's text as pdftotext reads it in content order, hyphenated line ends joined, white space made single spaces. */
const readPdf = (pdf: Buffer): string => pdfText(pdf, { raw: true, joinHyphens: true, collapseSpaces: true });

const text = (doc: BreachDocument, ctx: DocumentContext) => documentText(breachDocument(doc, ctx));

describe('the CNIL notification draft', () => {
  it.each<[string, string]>([
    ['Type de notification', 'Notification initiale'],
    ['SIREN', '123456789'],
    ['Organisme', PRACTICE],
    ['Personne à contacter', 'Éloïse Martin (titulaire) — e.martin@exemple.fr — téléphone à compléter'],
    ['Représentant légal', 'Éloïse Martin (titulaire)'],
    ['Nature de la violation', 'Atteinte à la disponibilité et à la confidentialité des données'],
    ['Description détaillée', 'Un écran de rançon bloque le poste de l’accueil depuis ce matin.'],
    ['Personnes concernées (catégories et nombre approximatif)', 'Patients et mineurs — environ 1\u00a0200 personnes'],
    [
      'Enregistrements concernés (catégories et nombre approximatif)',
      'Données de santé, numéro de sécurité sociale et données financières ou bancaires — environ 3\u00a0400 enregistrements',
    ],
    [
      'Conséquences probables (votre évaluation, révisable)',
      'Rendez-vous et dossiers inaccessibles pendant deux jours.',
    ],
    ['Mesures prises ou envisagées', 'Prises : Poste débranché du réseau, copie du disque faite.'],
    ['Raisons du retard', 'Sans objet : notification dans le délai de 72 heures (échéance le 30/03/2026 à 11:00).'],
  ])('fills the confirmed field « %s »', (label, value) => {
    expect(text('cnil-initial', context(FULL))).toContain(`${label} : ${value}`);
  });

  it('puts the other art. 33(3) information apart, without claiming it mirrors the form', () => {
    const doc = text('cnil-initial', context(FULL));
    const [confirmed, other] = doc.split('AUTRES INFORMATIONS');
    expect(confirmed).toContain('RUBRIQUES DU FORMULAIRE DE LA CNIL');
    expect(other).toContain('leur place exacte dans le formulaire en ligne n’a pas été vérifiée');
    expect(other).toContain('Origine : Rançongiciel');
    expect(other).toContain('Cause : Externe, malveillante');
    expect(other).toContain('Gravité selon la méthode de l’ENISA : Score 5,5 : très élevée');
    expect(other).toContain('Début de la violation : 26/03/2026 à 23:00');
  });

  it('marks what is still unknown « À compléter » in a draft holding only the awareness', () => {
    const doc = text(
      'cnil-initial',
      context(DRAFT, { practice: { name: PRACTICE, siret: null, department: null, dpo: null } }),
    );
    expect(doc).toContain('SIREN : Pas de numéro SIREN (cochez la case prévue dans le formulaire)');
    expect(doc).toContain('Nature de la violation : À compléter');
    expect(doc).toContain(
      'Personnes concernées (catégories et nombre approximatif) : Catégories à compléter — nombre à compléter',
    );
    expect(doc).toContain('À notifier au plus tard le 30/03/2026 à 11:00');
  });

  it('names the DPO as the contact person when the practice has one, and the owner as legal representative', () => {
    const dpo = {
      name: 'Paul Durand',
      role: 'délégué à la protection des données',
      email: 'dpo@exemple.fr',
      phone: '01 23 45 67 89',
    };
    const doc = text('cnil-initial', context(FULL, { contact: dpo }));
    expect(doc).toContain(
      'Personne à contacter : Paul Durand (délégué à la protection des données) — dpo@exemple.fr — 01 23 45 67 89',
    );
    expect(doc).toContain('Représentant légal : Éloïse Martin (titulaire)');
  });

  it.each([
    ['within the deadline', NO_NOTIFICATIONS, new Date('2026-03-29T09:00:00Z'), /^Sans objet/],
    [
      'after the deadline, no reasons yet',
      NO_NOTIFICATIONS,
      new Date('2026-03-31T09:00:00Z'),
      /^À compléter : le délai de 72 heures est dépassé/,
    ],
    [
      'notified late with reasons',
      { ...NO_NOTIFICATIONS, cnilNotifiedAt: '2026-03-31T09:00:00.000Z', delayReasons: 'Analyse du prestataire.' },
      NOW,
      /^Analyse du prestataire\.$/,
    ],
  ])('gives the reasons for the delay (%s)', (_label, notifications, now, expected) => {
    expect(delayText({ breach: { ...DRAFT, ...notifications }, now })).toMatch(expected);
  });

  it('the complementary notification recalls the initial one and its receipt', () => {
    const doc = text('cnil-complementary', context(FULL));
    expect(doc).toContain('Type de notification : Notification complémentaire');
    expect(doc).toContain('Notification initiale du : 28/03/2026 à 09:00');
    expect(doc).toContain('Numéro de récépissé de la CNIL : CNIL-2026-0042');
  });
});

describe('the letter to the people concerned (art. 34)', () => {
  it('tells in plain words what happened, which data, the consequences, the measures, what to do and whom to contact', () => {
    const doc = text('patient-letter', context(FULL));
    expect(doc).toContain(
      'Le 27 mars 2026, nous avons constaté que notre système informatique a été attaqué par un logiciel malveillant qui bloque les données.',
    );
    expect(doc).toContain(
      'Les informations vous concernant qui sont touchées : données de santé, numéro de sécurité sociale et données financières ou bancaires.',
    );
    expect(doc).toContain('Rendez-vous et dossiers inaccessibles pendant deux jours.');
    expect(doc).toContain('Poste débranché du réseau, copie du disque faite.');
    expect(doc).toContain('Nous allons aussi : Restauration depuis la sauvegarde de la veille.');
    expect(doc).toContain('- Surveillez vos relevés bancaires');
    expect(doc).toContain(
      'Pour toute question, vous pouvez contacter Éloïse Martin (titulaire) : e.martin@exemple.fr.',
    );
    expect(doc).not.toMatch(/ENISA|article 33|SIREN/);
  });

  it.each<[string, Breach['dataCategories'], RegExp[]]>([
    ['credentials', ['credentials'], [/^Changez le mot de passe/]],
    ['financial data', ['financial'], [/^Surveillez vos relevés bancaires/]],
    ['a social-security number', ['social_security_number'], [/compte ameli/]],
    ['health data only', ['health'], []],
  ])('advises the people according to the data (%s)', (_label, dataCategories, specific) => {
    const advice = subjectAdvice({ dataCategories, origin: 'hacking' });
    expect(advice.slice(0, specific.length)).toEqual(specific.map((pattern) => expect.stringMatching(pattern)));
    expect(advice.slice(-3)).toEqual([
      expect.stringMatching(/^Méfiez-vous des appels/),
      expect.stringMatching(/cybermalveillance\.gouv\.fr/),
      expect.stringMatching(/réclamation à la CNIL/),
    ]);
  });
});

describe('the complaint', () => {
  it('holds the timeline of the incident and the breach, in order, and the evidence kept', () => {
    const doc = text('complaint', context(FULL));
    const lines = [
      '- 26/03/2026 à 23:00 — Début de la violation',
      '- 27/03/2026 à 08:30 — Découverte de la violation',
      '- 27/03/2026 à 08:40 — Geste fait : Débrancher le câble réseau (Secrétaire)',
      '- 27/03/2026 à 10:00 — Prise de connaissance par le cabinet (début du délai de 72 heures)',
      '- 28/03/2026 à 09:00 — Notification à la CNIL (récépissé n° CNIL-2026-0042)',
    ];
    const positions = lines.map((line) => doc.indexOf(line));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(doc).toContain('- Copie du disque du poste de l’accueil\n- Photo de l’écran de rançon');
    expect(doc).toContain('Je porte plainte contre X pour les faits suivants');
    expect(doc).toContain('procureur de la République près le tribunal judiciaire de ………… (à compléter)');
  });

  it.each<[string, Breach['origin'], boolean]>([
    ['a ransomware', 'ransomware', true],
    ['a lost device', 'device_lost', false],
  ])('gives the insurer’s 72-hour deadline for %s: %s', (_label, origin, shown) => {
    const doc = text('complaint', context({ ...FULL, origin }));
    expect(
      doc.includes('À déposer au plus tard le 30/03/2026 à 11:00 (72 heures après la prise de connaissance)'),
    ).toBe(shown);
  });

  it('suggests what evidence to keep when none is recorded', () => {
    expect(text('complaint', context(DRAFT))).toContain(
      '- À compléter — par exemple la copie du disque de l’ordinateur touché',
    );
  });
});

describe('PDF and text of every document', () => {
  it.each(BREACH_DOCUMENTS.map((doc) => [doc]))(
    '%s reads back from the PDF with its title and the practice',
    async (doc) => {
      const model = breachDocument(doc, context(FULL));
      const pdf = await documentPdf(model, PRACTICE, NOW);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const read = readPdf(pdf);
      expect(read).toContain(PRACTICE);
      expect(read).toContain(model.title);
      expect(read).toContain('Document du 28 mars 2026');
      const txt = documentText(model);
      expect(txt.startsWith(`${model.title}\n`)).toBe(true);
    },
  );

  it('the CNIL draft PDF holds the confirmed fields', async () => {
    const read = readPdf(await documentPdf(breachDocument('cnil-initial', context(FULL)), PRACTICE, NOW));
    for (const label of [
      'SIREN',
      'Personne à contacter',
      'Représentant légal',
      'Raisons du retard',
      'Mesures prises ou envisagées',
    ]) {
      expect(read).toContain(label);
    }
    expect(read).toContain('123456789');
  });

  it.each([
    ['12345678900011', '123456789'],
    ['123 456 789 00011', '123456789'],
    ['1234', null],
    [null, null],
  ])('sirenOf(%s) = %s', (siret, siren) => {
    expect(sirenOf(siret)).toBe(siren);
  });
});
