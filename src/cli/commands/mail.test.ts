import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { mailAnalysisCliJson } from '../../features/mail-analysis/mail-analysis.schema.ts';
import { MAIL_MAX_BYTES } from '../../features/mail-analysis/mail-limits.ts';
import { CORPUS_DIR } from '../../features/mail-analysis/mail-test-corpus.ts';

const corpus = (file: string) => path.join(CORPUS_DIR, file);
const env = { HYGIE_DATA_DIR: '/nonexistent' };
const scratchDirs: string[] = [];
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-mail-'));
  scratchDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('hygie mail analyze', () => {
  it('explains a phishing message in French: verdict, findings with severity, advice and the rule', async () => {
    const { code, stdout, stderr } = await runCli(['mail', 'analyze', corpus('phish-ameli-refund.eml')], env);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Verdict : Dangereux\n/);
    expect(stdout).toContain('Expéditeur : Assurance Maladie <remboursement@ameli-remboursement.example>');
    expect(stdout).toContain('Signaux trouvés (7) :');
    expect(stdout).toMatch(/ {2}\[grave\] L’adresse de l’expéditeur/);
    expect(stdout).toMatch(/ {2}\[faible\] Le message cherche à vous presser/);
    expect(stdout).toContain('Que faire :');
    expect(stdout).toContain('3608');
    expect(stdout).toContain('Règle appliquée : ligne 1, au moins un signal grave.');
    expect(stdout).toContain('Comment Hygie décide (la première ligne qui s’applique donne le verdict) :');
    expect(stdout).toContain('  1. au moins un signal grave → « Dangereux »  ← ce message');
    expect(stdout).toContain(
      '  7. au plus un signal faible (cela ne prouve pas que le message est sûr) → « Aucun signal »\n',
    );
  });

  it('says when it finds nothing', async () => {
    const { code, stdout } = await runCli(['mail', 'analyze', corpus('benign-appointment.eml')], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Verdict : Aucun signal\nRègle appliquée : ligne 7, /);
    expect(stdout).toContain('Aucun signal d’alerte trouvé.');
  });

  it.each([
    ['phish-double-extension.eml', 'dangerous', ['double_extension', 'risky_attachment']],
    ['phish-reply-to.eml', 'suspicious', ['reply_to_mismatch']],
    ['benign-newsletter.eml', 'no_signal', []],
  ])('prints exactly one JSON object { verdict, findings } with --json (%s)', async (file, verdict, codes) => {
    const { code, stdout } = await runCli(['mail', 'analyze', corpus(file), '--json'], env);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const parsed = mailAnalysisCliJson.parse(JSON.parse(stdout));
    expect(parsed.verdict).toBe(verdict);
    expect(parsed.findings.map((f) => f.code)).toEqual(codes);
  });

  it('knows the practice’s own domain when it is given', async () => {
    const file = corpus('phish-own-domain-lookalike.eml');
    const without = await runCli(['mail', 'analyze', file, '--json'], env);
    expect(JSON.parse(without.stdout).verdict).toBe('no_signal');
    const withDomain = await runCli(
      ['mail', 'analyze', file, '--json', '--own-domain', 'cabinet-tilleuls.example', '--own-domain', 'autre.example'],
      env,
    );
    expect(JSON.parse(withDomain.stdout).findings[0]).toMatchObject({ code: 'lookalike_domain', severity: 'high' });
  });

  it.each([
    ['a missing file', () => path.join(scratch(), 'absent.eml'), /^Fichier introuvable : /],
    ['a folder', () => scratch(), /^Ce n’est pas un fichier : /],
    ['an empty file', () => writeFile('vide.eml', ''), /^Le message est vide/],
    ['a text that is not an e-mail', () => writeFile('texte.eml', 'bonjour'), /ne ressemble pas à un e-mail/],
    ['a file over 25 MB', () => writeFile('gros.eml', Buffer.alloc(MAIL_MAX_BYTES + 1)), /taille maximale de 25 Mo/],
  ])('refuses %s in French with exit code 2', async (_what, target, message) => {
    const { code, stdout, stderr } = await runCli(['mail', 'analyze', target(), '--json'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('asks for the file in French when it is missing', async () => {
    const { code, stderr } = await runCli(['mail', 'analyze'], env);
    expect(code).not.toBe(0);
    expect(stderr).toContain('Argument obligatoire manquant : fichier.');
  });
});

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(scratch(), name);
  fs.writeFileSync(file, content);
  return file;
}
