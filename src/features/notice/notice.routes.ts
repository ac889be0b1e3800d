import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import type { NoticeVersion } from './notice.repository.ts';
import {
  documentQuery,
  noticeResponse,
  noticeSettingsBody,
  publicNoticeParams,
  versionResponse,
} from './notice.schema.ts';
import {
  type Caller,
  describeVersion,
  generateNotice,
  noticeOverview,
  publicNotice,
  updateNoticeSettings,
  versionToDownload,
} from './notice.service.ts';
import { noticeHomeCard, noticeTodo } from './notice.todo.ts';
import { noticeLeafletPdf } from './notice-leaflet.ts';
import { type NoticeVersionDocument, noticePosterPdf } from './notice-poster.ts';
import { noticeWebsiteHtml, noticeWebsiteMarkdown } from './notice-website.ts';

const TAGS = ['information des patients'];
const callerOf = (auth: AuthContext): Caller => ({ practiceId: auth.practiceId, actor: actorOf(auth) });

/** Each download: its file name, media type and how it is made from a version; each download is journaled. */
const DOCUMENTS = {
  'poster.pdf': { name: 'affiche', label: 'affiche', ext: 'pdf', type: 'application/pdf', render: noticePosterPdf },
  'leaflet.pdf': { name: 'depliant', label: 'dépliant', ext: 'pdf', type: 'application/pdf', render: noticeLeafletPdf },
  'website.html': {
    name: 'site',
    label: 'texte du site, HTML',
    ext: 'html',
    type: 'text/html; charset=utf-8',
    render: noticeWebsiteHtml,
  },
  'website.md': {
    name: 'site',
    label: 'texte du site, Markdown',
    ext: 'md',
    type: 'text/markdown; charset=utf-8',
    render: noticeWebsiteMarkdown,
  },
} satisfies Record<
  string,
  {
    name: string;
    /** How the journal names it. */
    label: string;
    ext: string;
    type: string;
    render: (doc: NoticeVersionDocument) => Buffer | string | Promise<Buffer>;
  }
>;

const documentOf = (version: NoticeVersion): NoticeVersionDocument => ({
  number: version.number,
  createdAt: new Date(version.createdAt),
  content: version.content,
});

function sendFile(reply: FastifyReply, fileName: string, type: string, body: Buffer | string) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * The patient information notice (GDPR art. 13): its settings (contact details, wording), the
 * check of missing mandatory mentions, the versions with their outdated flag, and the documents of
 * a version — A4 poster, A5 leaflet, website text in HTML and Markdown. Everyone reads (the first
 * version is generated on demand); the owner and practitioners change the settings and generate.
 */
export async function noticeRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  app.todo.register(noticeTodo(db));
  app.home.register(noticeHomeCard(app.todo));

  api.get(
    '/notice',
    { config: { permission: 'register.read' }, schema: { tags: TAGS, response: { 200: noticeResponse } } },
    async (request) => noticeOverview(db, requireAuth(request).practiceId),
  );

  api.put(
    '/notice/settings',
    {
      config: { permission: 'register.manage' },
      schema: { tags: TAGS, body: noticeSettingsBody, response: { 200: noticeResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      await updateNoticeSettings(db, callerOf(auth), request.body, clock.now());
      return noticeOverview(db, auth.practiceId);
    },
  );

  api.post(
    '/notice/generate',
    { config: { permission: 'register.manage' }, schema: { tags: TAGS, response: { 201: versionResponse } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const version = await generateNotice(db, callerOf(auth), clock.now(), false, app.deps.config.publicUrl);
      return reply.status(201).send(await describeVersion(db, auth.practiceId, version));
    },
  );

  for (const [path, document] of Object.entries(DOCUMENTS)) {
    api.get(
      `/notice/${path}`,
      { config: { permission: 'register.read' }, schema: { tags: TAGS, querystring: documentQuery } },
      async (request, reply) => {
        const version = await versionToDownload(
          db,
          callerOf(requireAuth(request)),
          request.query.version,
          clock.now(),
          app.deps.config.publicUrl,
        );
        const body = await document.render(documentOf(version));
        const auth = requireAuth(request);
        await appendJournal(
          db,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'notice.downloaded',
            summary: `Information des patients n° ${version.number} téléchargée (${document.label})`,
            data: { number: version.number, document: path as keyof typeof DOCUMENTS },
          },
          clock.now(),
        );
        const fileName = `hygie-information-patients-${document.name}-v${version.number}.${document.ext}`;
        return sendFile(reply, fileName, document.type, body);
      },
    );
  }

  // The public notice page (no sign-in): the full text of the practice's current notice, at the
  // address its poster's QR code gives when it has no website. Any unknown token is 404.
  api.get(
    '/notice/public/:token',
    { config: { public: true }, schema: { tags: TAGS, params: publicNoticeParams } },
    async (request, reply) => {
      const version = await publicNotice(db, request.params.token, app.deps.config.publicUrl);
      if (!version) throw notFound('Cette page d’information n’existe pas.');
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(noticeWebsiteHtml(documentOf(version)));
    },
  );
}
