/**
 * A synthetic patient index for the memory test and the benchmark: `count` records after the
 * header, generated on the fly (never held), deterministic, with adults, minors, deceased patients,
 * both date formats, and optionally a long `notes` column the scan must not keep.
 */
export function* syntheticIndexLines(count: number, options: { padding?: number } = {}): Generator<string> {
  const padding = options.padding ?? 0;
  const notes = padding > 0 ? `;${'x'.repeat(padding)}` : '';
  yield `identifiant;date_naissance;dernier_contact;date_deces${padding > 0 ? ';notes' : ''}\n`;
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  for (let i = 1; i <= count; i++) {
    const birthYear = 1925 + next(100);
    const visitYear = Math.max(birthYear, 1990) + next(36);
    const birth = `${birthYear}-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    const visitDay = 1 + next(28);
    const visitMonth = 1 + next(12);
    // One record in two writes its last contact the French way.
    const visit =
      i % 2 === 0
        ? `${pad(visitDay)}/${pad(visitMonth)}/${visitYear}`
        : `${visitYear}-${pad(visitMonth)}-${pad(visitDay)}`;
    const death =
      next(10) === 0 ? `${Math.min(visitYear + next(15), 2026)}-${pad(1 + next(12))}-${pad(1 + next(28))}` : '';
    yield `P${String(i).padStart(7, '0')};${birth};${visit};${death}${notes}\n`;
  }
}

/** The same lines in chunks of about `size` bytes, as a file or an upload delivers them. */
export function* syntheticIndexChunks(count: number, options: { padding?: number; size?: number } = {}) {
  const size = options.size ?? 64 * 1024;
  let chunk = '';
  for (const line of syntheticIndexLines(count, options)) {
    chunk += line;
    if (chunk.length >= size) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  if (chunk) yield Buffer.from(chunk);
}

/**
 * A patient index where every case of the scan meets the others: the synthetic records with a
 * profession and a document type column (known, written as labels, unknown, empty), a document
 * date, missing and unreadable dates, 29 February, deaths.
 */
export function* variedIndexLines(count: number): Generator<string> {
  const professions = [
    'medecin',
    'Infirmier',
    'masseur_kinesitherapeute',
    'Chirurgien-dentiste',
    'sage_femme',
    '',
    'plombier',
    'pharmacien',
  ];
  const types = ['', 'Dossier patient', 'patient_record', 'fse_copy', 'appointment', 'lab_report', 'ordonnance'];
  yield 'identifiant;date_naissance;dernier_contact;date_deces;profession;type_document;date_document\n';
  let i = 0;
  let header = true;
  for (const line of syntheticIndexLines(count)) {
    if (header) {
      header = false;
      continue;
    }
    i++;
    const [id, birth, visit, death] = line.trimEnd().split(';');
    const birthCell = i % 13 === 0 ? '' : i % 97 === 0 ? '31/02/2000' : i % 29 === 0 ? '29/02/2000' : birth;
    const visitCell = i % 101 === 0 ? '' : i % 211 === 0 ? 'hier' : visit;
    const profession = professions[i % professions.length];
    const type = types[(i >> 2) % types.length];
    const documentDate = i % 5 === 0 ? visit : i % 7 === 0 ? '2026-02-29' : '';
    yield `${id};${birthCell};${visitCell};${death};${profession};${type};${documentDate}\n`;
  }
}
