import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestUser } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { PracticeProfileInput } from '../accounts/accounts.schema.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { OUTSIDE_EEA } from '../register/linked-processors.ts';
import { profileProcessors } from './processors-from-register.ts';

/** The real date, fixed: the factories' tokens are valid for a day from the real date. */
const clock = fixedClock(new Date());

const NURSE: Partial<PracticeProfileInput> = {
  name: 'Cabinet infirmier des Tilleuls',
  structureType: 'solo',
  professions: ['infirmier'],
  staffCount: 0,
  dataLocations: ['cloud'],
  practiceSoftware: 'Infi Nuage',
  appointmentPlatform: 'Agenda Santé',
  address: '3 rue des Tilleuls, 35000 Rennes',
  phone: '02 99 00 00 00',
};

describe('profileProcessors', () => {
  it.each<[string, Parameters<typeof profileProcessors>[0], string[]]>([
    [
      'online software and a platform',
      { practiceSoftware: 'A', appointmentPlatform: 'B', dataLocations: ['cloud'] },
      ['A', 'B'],
    ],
    [
      'software on the practice’s computer: not a processor',
      { practiceSoftware: 'A', appointmentPlatform: null, dataLocations: ['local'] },
      [],
    ],
    ['no software named', { practiceSoftware: null, appointmentPlatform: null, dataLocations: ['cloud', 'paper'] }, []],
    ['a platform only', { practiceSoftware: null, appointmentPlatform: 'B', dataLocations: ['paper'] }, ['B']],
  ])('%s', (_label, profile, names) => {
    expect(profileProcessors(profile).map((p) => p.name)).toEqual(names);
  });
});

describeEachDialect('the register’s processors, recorded with the register', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp(db(), { clock });
    await app.ready();
  });
  afterAll(() => app.close());

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: bearer(user), ...(payload ? { payload } : {}) });

  it('accepting the register records and links the software it names; a processor leaving the EEA is a transfer of its activities, in the register, its PDF and the notice, and not once it is back', async () => {
    const { owner, practice } = await createPractice(db(), NURSE);
    const ids = (await call(owner, 'GET', '/register/proposals'))
      .json()
      .proposals.map((p: { templateId: string }) => p.templateId);
    const created = (await call(owner, 'POST', '/register/proposals', { templateIds: ids })).json().created as {
      id: string;
      templateId: string;
      processors: string[];
      transfers: unknown[];
    }[];
    const idOf = (template: string) => created.find((a) => a.templateId === template)?.id;
    const processors = (await call(owner, 'GET', '/processors')).json().processors;
    expect(processors.map((p: { name: string }) => p.name).sort()).toEqual(['Agenda Santé', 'Infi Nuage']);
    const software = processors.find((p: { name: string }) => p.name === 'Infi Nuage');
    expect(software).toMatchObject({ hostsHealthData: true, hostingInEea: true });
    expect(software.activityIds).toContain(idOf('dossiers-patients-infirmier'));
    expect(software.activityIds).toContain(idOf('rendez-vous'));
    const platform = processors.find((p: { name: string }) => p.name === 'Agenda Santé');
    expect(platform.activityIds).toEqual([idOf('rendez-vous')]);
    expect(await listJournal(db().db, practice.id, { action: 'processor.created' })).toHaveLength(2);
    for (const activity of created) expect(activity.transfers).toEqual([]);

    const records = idOf('dossiers-patients-infirmier')!;
    const versionBefore = (await call(owner, 'GET', '/register/activities')).json().version.version;
    const outside = { ...software, hostingInEea: false };
    const body = (p: typeof software) => ({
      name: p.name,
      service: p.service,
      activityIds: p.activityIds,
      hostsHealthData: p.hostsHealthData,
      hostingInEea: p.hostingInEea,
    });
    expect((await call(owner, 'PUT', `/processors/${software.id}`, body(outside))).statusCode).toBe(200);
    const shown = (await call(owner, 'GET', `/register/activities/${records}`)).json();
    expect(shown.transfers).toEqual([
      expect.objectContaining({ recipient: expect.stringContaining('Infi Nuage'), country: OUTSIDE_EEA }),
    ]);
    const register = (await call(owner, 'GET', '/register/activities')).json();
    expect(register.version.version).toBe(versionBefore + 1);
    const generated = await call(owner, 'POST', '/notice/generate');
    expect(generated.statusCode, generated.body).toBe(201);
    const website = await call(owner, 'GET', '/notice/website.md');
    expect(website.body).toContain(OUTSIDE_EEA);
    expect(website.body).toContain('Infi Nuage');

    expect((await call(owner, 'PUT', `/processors/${software.id}`, body(software))).statusCode).toBe(200);
    expect((await call(owner, 'GET', `/register/activities/${records}`)).json().transfers).toEqual([]);
  });

  it('links an already recorded processor of the same name instead of recording it twice', async () => {
    const { owner } = await createPractice(db(), NURSE);
    const before = await call(owner, 'POST', '/processors', {
      name: 'infi nuage',
      service: 'Logiciel',
      hostsHealthData: true,
      hostingInEea: true,
    });
    expect(before.statusCode, before.body).toBe(201);
    await call(owner, 'POST', '/register/proposals', { templateIds: ['dossiers-patients-infirmier'] });
    const processors = (await call(owner, 'GET', '/processors')).json().processors;
    expect(processors).toHaveLength(1);
    expect(processors[0].activityIds).toHaveLength(1);
  });
});
