import { expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { issueSetupCode } from './setup-code.ts';

const body = (extra: Record<string, unknown> = {}) => ({
  practice: {
    name: 'Cabinet infirmier des Lilas',
    structureType: 'solo',
    professions: ['infirmier'],
    dataLocations: ['cloud'],
    department: '93',
  },
  owner: { email: 'Claire.Dubois@exemple.fr', name: 'Claire Dubois', password: 'girafe-lumière-tambour-pivoine-7' },
  ...extra,
});

// Each test needs an instance with no practice yet: its own fresh database.
describeEachDialect('first-run setup on this computer', (db) => {
  it('creates the practice and its owner, signs the owner in, then closes', async () => {
    const app = await createTestApp(db());
    expect((await app.inject('/api/v1/setup')).json()).toEqual({ needed: true, codeRequired: false });
    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: body({ owner: { email: 'c@exemple.fr', name: 'Claire Dubois', password: 'claire-dubois-2026' } }),
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().field).toBe('password');
    expect((await app.inject('/api/v1/setup')).json().needed).toBe(true);

    const res = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body() });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'authenticated',
      me: {
        user: { email: 'claire.dubois@exemple.fr', role: 'owner' },
        practice: { name: 'Cabinet infirmier des Lilas' },
      },
    });
    expect(res.cookies.some((c) => c.name === 'hygie_session')).toBe(true);
    const practiceId = res.json().me.practice.id;
    expect((await listJournal(db().db, practiceId)).map((e) => e.action).reverse()).toEqual([
      'practice.created',
      'user.joined',
      'auth.login',
    ]);
    expect((await app.inject('/api/v1/setup')).json().needed).toBe(false);
    const again = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body() });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/déjà configuré/);
    await app.close();
  });
});

describeEachDialect('first-run setup of a server reachable from the network', (db) => {
  it('asks for the one-time code printed in the log; two setups at once create one practice', async () => {
    const app = await createTestApp(db(), { env: { HOST: '0.0.0.0' } });
    const code = await issueSetupCode(db().db, new Date());
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect((await app.inject('/api/v1/setup')).json()).toEqual({ needed: true, codeRequired: true });
    for (const setupCode of [undefined, 'AAAA-BBBB-CCCC']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: body(setupCode ? { setupCode } : {}),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/Code d’installation incorrect/);
    }
    const results = await Promise.all([
      app.inject({ method: 'POST', url: '/api/v1/setup', payload: body({ setupCode: code.toLowerCase() }) }),
      app.inject({
        method: 'POST',
        url: '/api/v1/setup',
        payload: body({
          setupCode: code,
          owner: { email: 'autre@exemple.fr', name: 'Paul Autre', password: 'girafe-lumière-tambour-pivoine-7' },
        }),
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const practices = await db().db.selectFrom('practices').select('id').execute();
    expect(practices).toHaveLength(1);
    await app.close();
  });
});
