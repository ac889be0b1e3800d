import type { FastifyInstance } from 'fastify';
import { z } from '../../lib/zod.ts';
import { allows } from '../../server/permissions.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { verifyJournal } from '../journal/journal.repository.ts';
import { foundationCards, homePageData } from './home-cards.ts';

const card = z.object({
  id: z.string(),
  title: z.string(),
  tone: z.enum(['ok', 'info', 'warning', 'danger']),
  summary: z.string(),
  items: z.array(z.object({ label: z.string(), due: z.string().optional(), href: z.string().optional() })).optional(),
  action: z.object({ label: z.string(), href: z.string() }).optional(),
});

const homeResponse = z.object({
  practice: z.object({ name: z.string(), structureType: z.string(), professions: z.array(z.string()) }),
  team: z.object({ active: z.number(), withMfa: z.number() }).optional(),
  journal: z
    .object({ intact: z.boolean(), count: z.number(), headHash: z.string().optional(), message: z.string() })
    .optional(),
  cards: z.array(card),
});

/** The home page: where the practice stands, and the cards every feature contributes. */
export async function homeRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const page = homePageData(db);
  for (const provider of foundationCards(app.todo, page)) app.home.register(provider);

  app.get(
    '/home',
    // practice.read, not account.self: a member who must still enrol MFA reaches only their own account.
    { config: { permission: 'practice.read' }, schema: { tags: ['accueil'], response: { 200: homeResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      // One context object for the whole page: what several cards read is read once (oncePerPage).
      const ctx = { practiceId: auth.practiceId, userId: auth.userId, role: auth.role, now };
      const [practice, cards] = await Promise.all([page.practice(ctx), app.home.cardsFor(ctx)]);
      let team: { active: number; withMfa: number } | undefined;
      if (allows('users.read', auth.role)) {
        const active = (await page.users(ctx)).filter((u) => u.status === 'active');
        team = { active: active.length, withMfa: active.filter((u) => u.mfaEnabled).length };
      }
      let journal: z.infer<typeof homeResponse>['journal'];
      if (allows('journal.read', auth.role)) {
        const check = await verifyJournal(db, auth.practiceId);
        journal = check.intact
          ? { intact: true, count: check.count, headHash: check.headHash, message: 'Journal intact' }
          : { intact: false, count: check.count, message: check.message };
      }
      return {
        practice: {
          name: practice?.name ?? '',
          structureType: practice?.structureType ?? 'solo',
          professions: practice?.professions ?? [],
        },
        ...(team ? { team } : {}),
        ...(journal ? { journal } : {}),
        cards,
      };
    },
  );
}
