import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parisDay } from '../../lib/dates/index.ts';
import { callerOf } from '../../lib/lifecycle/caller.ts';
import { withdrawBody } from '../../lib/lifecycle/lifecycle.ts';
import { notFound } from '../../server/errors.ts';
import { allows } from '../../server/permissions.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { FICHE_REFLEXE_SCENARIO, ficheReflexePdf } from './fiche-reflexe-pdf.ts';
import { createContact, practiceContacts, removeContact, replaceContact } from './incidents.contacts.ts';
import { incidentsHomeCard } from './incidents.home.ts';
import { raiseIncident } from './incidents.raise.ts';
import { listVisibleIncidents, loadIncidentView } from './incidents.read.ts';
import { loadIncidentReferential } from './incidents.referential.ts';
import {
  addStepBody,
  contactBody,
  contactParams,
  contactsResponse,
  createIncidentBody,
  incidentListResponse,
  incidentParams,
  incidentResponse,
  playbooksResponse,
  practiceContactResponse,
  updateIncidentBody,
} from './incidents.schema.ts';
import { addStep } from './incidents.steps.ts';
import { updateIncident } from './incidents.update.ts';
import { withdrawIncident } from './incidents.withdraw.ts';
import { nationalContactView, practiceContactView } from './incidents-view.ts';
import { insurerHomeCard, insurerTodo } from './insurer.todo.ts';

const TAGS = ['incidents'];
const CONTACT_TAGS = ['contacts utiles'];

/**
 * Incident mode: « Je pense être victime d’une cyberattaque » raises an incident in one click;
 * its guided playbook (gestures ticked with their time, what not to do, contacts to call) and its
 * timeline; the practice's contacts; the one-page fiche réflexe. Everyone raises and follows an
 * incident (the secretary only those she raised); the owner and practitioners edit and close.
 */
export async function incidentsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const referential = loadIncidentReferential();
  app.home.register(incidentsHomeCard(db, referential));
  app.todo.register(insurerTodo(db));
  app.home.register(insurerHomeCard(app.todo));
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/incidents/playbooks',
    { config: { permission: 'incidents.raise' }, schema: { tags: TAGS, response: { 200: playbooksResponse } } },
    async () => ({
      version: referential.version,
      playbooks: referential.playbooks.map((p) => ({ scenario: p.id, title: p.title, choice: p.choice, hint: p.hint })),
    }),
  );

  api.get(
    '/incidents',
    { config: { permission: 'incidents.read' }, schema: { tags: TAGS, response: { 200: incidentListResponse } } },
    async (request) => ({ incidents: await listVisibleIncidents(db, referential, callerOf(requireAuth(request))) }),
  );

  api.post(
    '/incidents',
    {
      config: { permission: 'incidents.raise' },
      schema: { tags: TAGS, body: createIncidentBody, response: { 201: incidentResponse } },
    },
    async (request, reply) => {
      const caller = callerOf(requireAuth(request));
      const incident = await raiseIncident(db, referential, caller, request.body, clock.now());
      return reply.status(201).send(await loadIncidentView(db, referential, caller, incident.id));
    },
  );

  api.get(
    '/incidents/fiche-reflexe.pdf',
    { config: { permission: 'incidents.read' }, schema: { tags: TAGS } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const practice = await findPractice(db, auth.practiceId);
      if (!practice) throw notFound();
      const pdf = await ficheReflexePdf({
        practiceName: practice.name,
        practiceContacts: await practiceContacts(db, callerOf(auth)),
        referential,
        documentDate: now,
      });
      await appendJournal(
        db,
        auth.practiceId,
        {
          actor: actorOf(auth),
          action: 'incident.fiche_reflexe_downloaded',
          summary: `Fiche réflexe téléchargée (guide « ${referential.playbook(FICHE_REFLEXE_SCENARIO).title} »)`,
          data: {},
        },
        now,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="hygie-fiche-reflexe-${parisDay(now)}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  api.get(
    '/incidents/:id',
    {
      config: { permission: 'incidents.read' },
      schema: { tags: TAGS, params: incidentParams, response: { 200: incidentResponse } },
    },
    async (request) => loadIncidentView(db, referential, callerOf(requireAuth(request)), request.params.id),
  );

  api.patch(
    '/incidents/:id',
    {
      config: { permission: 'incidents.manage' },
      schema: { tags: TAGS, params: incidentParams, body: updateIncidentBody, response: { 200: incidentResponse } },
    },
    async (request) => {
      const caller = callerOf(requireAuth(request));
      await updateIncident(db, caller, request.params.id, request.body, clock.now());
      return loadIncidentView(db, referential, caller, request.params.id);
    },
  );

  api.post(
    '/incidents/:id/steps',
    {
      config: { permission: 'incidents.read' },
      schema: { tags: TAGS, params: incidentParams, body: addStepBody, response: { 201: incidentResponse } },
    },
    async (request, reply) => {
      const caller = callerOf(requireAuth(request));
      await addStep(db, referential, caller, request.params.id, request.body, clock.now());
      return reply.status(201).send(await loadIncidentView(db, referential, caller, request.params.id));
    },
  );

  api.post(
    '/incidents/:id/withdraw',
    {
      config: { permission: 'incidents.raise' },
      schema: { tags: TAGS, params: incidentParams, body: withdrawBody, response: { 200: incidentResponse } },
    },
    async (request) => {
      const caller = callerOf(requireAuth(request));
      await withdrawIncident(db, caller, request.params.id, request.body, clock.now());
      return loadIncidentView(db, referential, caller, request.params.id);
    },
  );

  api.get(
    '/contacts',
    { config: { permission: 'contacts.read' }, schema: { tags: CONTACT_TAGS, response: { 200: contactsResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return {
        contacts: (await practiceContacts(db, callerOf(auth))).map(practiceContactView),
        national: referential.contacts.map(nationalContactView),
        canManage: allows('contacts.manage', auth.role),
      };
    },
  );

  api.post(
    '/contacts',
    {
      config: { permission: 'contacts.manage' },
      schema: { tags: CONTACT_TAGS, body: contactBody, response: { 201: practiceContactResponse } },
    },
    async (request, reply) => {
      const contact = await createContact(db, callerOf(requireAuth(request)), request.body, clock.now());
      return reply.status(201).send(practiceContactView(contact));
    },
  );

  api.put(
    '/contacts/:id',
    {
      config: { permission: 'contacts.manage' },
      schema: {
        tags: CONTACT_TAGS,
        params: contactParams,
        body: contactBody,
        response: { 200: practiceContactResponse },
      },
    },
    async (request) =>
      practiceContactView(
        await replaceContact(db, callerOf(requireAuth(request)), request.params.id, request.body, clock.now()),
      ),
  );

  api.delete(
    '/contacts/:id',
    { config: { permission: 'contacts.manage' }, schema: { tags: CONTACT_TAGS, params: contactParams } },
    async (request, reply) => {
      await removeContact(db, callerOf(requireAuth(request)), request.params.id, clock.now());
      return reply.status(204).send();
    },
  );
}
