import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'vitest';

const CI = process.env.CI === 'true';

/** LibreOffice's `soffice` on the PATH (or SOFFICE_PATH), or null. */
function findSoffice(): string | null {
  if (process.env.SOFFICE_PATH) return existsSync(process.env.SOFFICE_PATH) ? process.env.SOFFICE_PATH : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, 'soffice'))) return join(dir, 'soffice');
  }
  return null;
}

const SOFFICE = findSoffice();
if (SOFFICE === null && !CI) {
  process.stderr.write(
    '\n[hygie] LibreOffice absent : les tests qui ouvrent les classeurs XLSX dans LibreOffice sont ignorés. Installez-le avec « sudo apt-get install libreoffice-calc-nogui ».\n\n',
  );
}

/** A test that needs LibreOffice: skipped locally without it, and failing in CI (never skipped there). */
export const itLibreOffice = SOFFICE !== null || CI ? it : it.skip;

/** LibreOffice's first start can take a minute on a loaded 2-core machine. */
export const LIBREOFFICE_TIMEOUT_MS = 180_000;

/** CSV export of every sheet (last field -1), UTF-8, cells written as shown (dates as dd/mm/yyyy). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/**
 * Opens a workbook in real LibreOffice Calc (headless) and returns each sheet as CSV text, by sheet
 * name. Each call has its own LibreOffice profile, so parallel runs never share its user folder.
 * @example const sheets = await xlsxSheetsAsCsv(await checklistXlsx(view, date)); sheets.get('Mesures')
 */
export function xlsxSheetsAsCsv(workbook: Buffer): Map<string, string> {
  if (SOFFICE === null) {
    throw new Error('LibreOffice est requis en CI pour ouvrir les classeurs : apt-get install libreoffice-calc-nogui');
  }
  const dir = mkdtempSync(join(tmpdir(), 'hygie-xlsx-'));
  try {
    const file = join(dir, 'classeur.xlsx');
    writeFileSync(file, workbook);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: LIBREOFFICE_TIMEOUT_MS - 10_000 },
    );
    const sheets = new Map<string, string>();
    for (const name of readdirSync(dir).filter((n) => n.startsWith('classeur-') && n.endsWith('.csv'))) {
      sheets.set(name.slice('classeur-'.length, -'.csv'.length), readFileSync(join(dir, name), 'utf8'));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
