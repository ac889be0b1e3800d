import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, freshInstall, PRACTICE_NAME, setup } from './accounts-cli.test-support.ts';

const PASSPHRASE = 'girafe lumière tambour pivoine\n';

describe('hygie backup and restore', () => {
  it('backs up a local install and restores it into an empty folder with an intact journal', async () => {
    const source = freshInstall();
    expect((await setup(source.env)).code).toBe(0);
    const out = path.join(source.dir, 'sauvegarde.hygie');
    const backup = await cli(['backup', '--out', out, '--passphrase-stdin'], source.env, PASSPHRASE);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Sauvegarde chiffrée créée : .*sauvegarde\.hygie/);
    expect(backup.stdout).toMatch(/Empreinte SHA-256 : [0-9a-f]{64}/);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);

    const again = await cli(['backup', '--out', out, '--passphrase-stdin'], source.env, PASSPHRASE);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/existe déjà/);

    const target = freshInstall();
    const wrong = await cli(['restore', out, '--passphrase-stdin'], target.env, 'pas la bonne phrase de passe\n');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Phrase de passe incorrecte/);
    expect(fs.readdirSync(target.dir)).toEqual([]);

    const restored = await cli(['restore', out, '--passphrase-stdin'], target.env, PASSPHRASE);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Cabinet « ${PRACTICE_NAME} » : journal intact`);
    expect(restored.stdout).toMatch(/nouvelle clé/);
    const verify = await cli(['journal', 'verify'], target.env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/journal intact/);

    const over = await cli(['restore', out, '--passphrase-stdin'], target.env, PASSPHRASE);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/contient déjà une base Hygie/);
  });

  it('refuses a weak passphrase and needs --passphrase-stdin', async () => {
    const source = freshInstall();
    await setup(source.env);
    const weak = await cli(
      ['backup', '--out', path.join(source.dir, 'b.hygie'), '--passphrase-stdin'],
      source.env,
      'azerty\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/Phrase de passe trop faible/);
    const missing = await cli(['backup', '--out', path.join(source.dir, 'b.hygie')], source.env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--passphrase-stdin/);
    expect(fs.existsSync(path.join(source.dir, 'b.hygie'))).toBe(false);
  });
});
