import { describe, expect, it } from 'vitest';
import { BackupError, decryptBackup, encryptBackup, fileChecksum, MAGIC, readBackupHeader } from './backup-format.ts';

const meta = {
  createdAt: '2026-11-29T10:00:00.000Z',
  hygieVersion: '0.1.0',
  schema: '2026_11_29_0003_mfa',
  practices: 1,
};
const plain = Buffer.from('SQLite format 3\u0000 données du cabinet : Mme Éloïse Martin');
const passphrase = 'girafe lumière tambour pivoine';

describe('backup file format', () => {
  const file = encryptBackup(plain, passphrase, meta);

  it('round-trips with the passphrase', () => {
    expect(decryptBackup(file, passphrase)).toEqual({ meta, plain });
  });

  it('holds nothing readable but its header', () => {
    expect(file.subarray(0, MAGIC.length).toString()).toBe(MAGIC);
    expect(file.includes(Buffer.from('Martin'))).toBe(false);
    expect(file.includes(Buffer.from('SQLite'))).toBe(false);
    expect(readBackupHeader(file).header).toMatchObject({ ...meta, cipher: 'aes-256-gcm', kdf: { name: 'scrypt' } });
  });

  it('two backups of the same data differ (fresh salt and nonce) but each has a stable checksum', () => {
    const other = encryptBackup(plain, passphrase, meta);
    expect(other.equals(file)).toBe(false);
    expect(fileChecksum(file)).toMatch(/^[0-9a-f]{64}$/);
    expect(fileChecksum(file)).toBe(fileChecksum(Buffer.from(file)));
  });

  const tamper = (mutate: (copy: Buffer) => Buffer) => mutate(Buffer.from(file));
  it.each([
    ['a wrong passphrase', file, 'girafe lumière tambour pivoinE', /Phrase de passe incorrecte/],
    [
      'a changed byte of the ciphertext',
      tamper((c) => {
        c.writeUInt8(c.readUInt8(c.length - 30) ^ 1, c.length - 30);
        return c;
      }),
      passphrase,
      /Phrase de passe incorrecte/,
    ],
    [
      'a changed header',
      tamper((c) => Buffer.from(c.toString('latin1').replace('"practices":1', '"practices":2'), 'latin1')),
      passphrase,
      /Phrase de passe incorrecte/,
    ],
    ['a truncated file', file.subarray(0, file.length - 40), passphrase, /Phrase de passe incorrecte|tronqué/],
    ['a file cut in its header', file.subarray(0, 30), passphrase, /n’est pas une sauvegarde/],
    ['another file', Buffer.from('%PDF-1.7 not a backup'), passphrase, /n’est pas une sauvegarde Hygie/],
    ['an empty file', Buffer.alloc(0), passphrase, /n’est pas une sauvegarde Hygie/],
  ])('refuses %s in French', (_label, input, secret, message) => {
    expect(() => decryptBackup(input, secret)).toThrow(BackupError);
    expect(() => decryptBackup(input, secret)).toThrow(message);
  });
});
