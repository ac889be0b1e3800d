import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultMailWorkers, isLoopbackHost, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has safe defaults for a practitioner’s own computer', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, trustProxy: false, databaseUrl: undefined });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.sessionIdleMinutes).toBe(30);
    expect(config.sessionAbsoluteHours).toBe(12);
    expect(config.secretKey).toBeUndefined();
  });

  it('reads HYGIE_SECRET_KEY in base64 or hexadecimal as 32 bytes', () => {
    const key = Buffer.alloc(32, 9);
    expect(loadConfig({ HYGIE_SECRET_KEY: key.toString('base64') }).secretKey?.equals(key)).toBe(true);
    expect(loadConfig({ HYGIE_SECRET_KEY: key.toString('hex') }).secretKey?.equals(key)).toBe(true);
  });

  it.each([
    [{ PORT: '8080' }, { port: 8080 }],
    [{ HOST: '0.0.0.0' }, { host: '0.0.0.0' }],
    [{ HYGIE_TRUST_PROXY: '0' }, { trustProxy: false }],
    [{ HYGIE_TRUST_PROXY: 'false' }, { trustProxy: false }],
    [{ HYGIE_TRUST_PROXY: '1' }, { trustProxy: 1 }],
    [{ HYGIE_TRUST_PROXY: '2' }, { trustProxy: 2 }],
    [{ HYGIE_TRUST_PROXY: '10.0.0.5' }, { trustProxy: ['10.0.0.5'] }],
    [{ HYGIE_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,fd00::/8' }, { trustProxy: ['10.0.0.5', '10.1.0.0/16', 'fd00::/8'] }],
    [{ HYGIE_TRUST_PROXY: 'loopback' }, { trustProxy: ['loopback'] }],
    [{ HYGIE_TRUST_PROXY: '::1' }, { trustProxy: ['::1'] }],
    [{ DATABASE_URL: 'postgres://u@h/db' }, { databaseUrl: 'postgres://u@h/db' }],
    [{ HYGIE_DB_KEY: 'secret' }, { dbKey: 'secret' }],
    [{ HYGIE_PUBLIC_URL: 'https://hygie.example.org' }, { publicUrl: 'https://hygie.example.org' }],
    [{ PORT: '' }, { port: 3000 }],
    [
      {
        HYGIE_MAIL_WORKERS: '3',
        HYGIE_MAIL_QUEUE: '0',
        HYGIE_MAIL_TIMEOUT_SECONDS: '5',
        HYGIE_MAIL_WORKER_MEMORY_MB: '256',
      },
      { mailAnalysis: { workers: 3, queue: 0, timeoutSeconds: 5, workerMemoryMb: 256 } },
    ],
    [{}, { mailAnalysis: { workers: defaultMailWorkers(), queue: 8, timeoutSeconds: 30, workerMemoryMb: 512 } }],
  ])('reads %o', (env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ HYGIE_PUBLIC_URL: 'pas une adresse' }, 'HYGIE_PUBLIC_URL'],
    [{ HYGIE_TRUST_PROXY: 'peut-être' }, 'HYGIE_TRUST_PROXY'],
    [{ HYGIE_TRUST_PROXY: '10.0.0.300' }, 'HYGIE_TRUST_PROXY'],
    [{ HYGIE_TRUST_PROXY: '10.0.0.0/33' }, 'HYGIE_TRUST_PROXY'],
    [{ HYGIE_TRUST_PROXY: '10.0.0.0/8/1' }, 'HYGIE_TRUST_PROXY'],
    [{ HYGIE_TRUST_PROXY: '10.0.0.5,' }, 'HYGIE_TRUST_PROXY'],
    [{ HYGIE_TRUST_PROXY: '21' }, 'HYGIE_TRUST_PROXY'],
    [{ HYGIE_SESSION_IDLE_MINUTES: '0' }, 'HYGIE_SESSION_IDLE_MINUTES'],
    [{ HYGIE_SECRET_KEY: 'trop-courte' }, 'HYGIE_SECRET_KEY'],
    [{ HYGIE_SECRET_KEY: Buffer.alloc(16, 7).toString('base64') }, 'HYGIE_SECRET_KEY'],
    [{ HYGIE_MAIL_WORKERS: '0' }, 'HYGIE_MAIL_WORKERS'],
    [{ HYGIE_MAIL_TIMEOUT_SECONDS: 'trente' }, 'HYGIE_MAIL_TIMEOUT_SECONDS'],
    [{ HYGIE_MAIL_WORKER_MEMORY_MB: '16' }, 'HYGIE_MAIL_WORKER_MEMORY_MB'],
  ])('refuses %o naming the variable in French', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`Configuration invalide : la variable ${variable}`));
  });
});

describe('defaultMailWorkers', () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [16, 2],
  ])('%i processors → %i analysers', (processors, expected) => {
    expect(defaultMailWorkers(processors)).toBe(expected);
  });
});

describe('HYGIE_TRUST_PROXY=true', () => {
  it.each(['true', 'TRUE'])('%s is refused: it would trust the address the client writes itself', (value) => {
    expect(() => loadConfig({ HYGIE_TRUST_PROXY: value })).toThrow(
      /^Configuration invalide : la variable HYGIE_TRUST_PROXY est incorrecte \(« true » ferait confiance à l’adresse que le client écrit lui-même .* indiquez le nombre de proxys placés devant Hygie \(1 pour un seul proxy\) ou leurs adresses/,
    );
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['192.168.1.10', false],
    ['::', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
