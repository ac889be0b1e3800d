import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { assessSeverity, type SeverityInput } from '../../features/breaches/severity.ts';

/** The command needs no database: an empty environment proves it. */
const env = {};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-breach-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const RANSOMWARE: SeverityInput = {
  dpc: 4,
  ei: 1,
  confidentiality: 0,
  integrity: 0,
  availability: 0.5,
  malicious: true,
  people: 250,
};

function file(name: string, content: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

describe('hygie breach severity', () => {
  it.each<[string, SeverityInput]>([
    ['a ransomware on health records', RANSOMWARE],
    ['a misdirected letter', { dpc: 2, ei: 1, confidentiality: 0.25, integrity: 0, availability: 0, malicious: false }],
    [
      'an encrypted laptop stolen',
      { dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0, malicious: true, unintelligible: true },
    ],
  ])('prints the engine’s result as one JSON object (%s)', async (_label, input) => {
    const result = await runCli(['breach', 'severity', '--json', file('input.json', JSON.stringify(input))], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual(assessSeverity(input));
  });

  it('explains the result in French without --json', async () => {
    const result = await runCli(['breach', 'severity', file('ransomware.json', JSON.stringify(RANSOMWARE))], env);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      'Gravité : très élevée (score 5)',
      'Notifier la CNIL : oui',
      'Informer les personnes concernées : oui',
      'Points d’attention : plus de 100 personnes concernées ; acte malveillant',
      'Pourquoi :',
    ]);
    expect(result.stdout).toContain(
      '  - Score selon la méthode de l’ENISA : SE = DPC × EI + CB = 4 × 1 + (0 + 0 + 0,5 + 0,5) = 5.',
    );
  });

  it('reads the object from standard input with « - »', async () => {
    const result = await runCli(['breach', 'severity', '--json', '-'], env, JSON.stringify(RANSOMWARE));
    expect(JSON.parse(result.stdout)).toMatchObject({ score: 5, level: 'very_high' });
  });

  it.each([
    ['a missing file', () => path.join(dir, 'absent.json'), /^Fichier introuvable : « .*absent\.json »/],
    ['a folder', () => dir, /n’est pas un fichier\.$/m],
    ['a file that is not JSON', () => file('bad.json', '{ dpc: 4 '), /n’est pas un JSON valide/],
    ['an empty file', () => file('empty.json', ''), /n’est pas un JSON valide/],
    [
      'an invalid object',
      () => file('invalid.json', JSON.stringify({ ...RANSOMWARE, dpc: 5, ei: 0.3 })),
      /ne décrit pas une violation valide :\n {2}- Champ « dpc » : contexte du traitement des données \(DPC\) : un entier de 1 à 4 attendu\.\n {2}- Champ « ei » /,
    ],
    ['a too large file', () => file('large.json', `${' '.repeat(70_000)}{}`), /^Fichier trop gros/],
  ])('refuses %s in French, with exit code 2', async (_label, target, message) => {
    const result = await runCli(['breach', 'severity', '--json', target()], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('asks for the file in French', async () => {
    const result = await runCli(['breach', 'severity'], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Argument obligatoire manquant : fichier.');
  });
});
