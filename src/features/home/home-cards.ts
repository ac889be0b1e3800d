import type { Db } from '../../db/connect.ts';
import { type HomeCardContext, type HomeCardProvider, oncePerPage } from '../../lib/home/registry.ts';
import type { TodoRegistry } from '../../lib/todo/registry.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { BACKUP_TODO } from '../backup/backup.todo.ts';

/** What the page and several of its cards read, once per page (see oncePerPage). */
export interface HomePageData {
  users(ctx: HomeCardContext): ReturnType<typeof listUsers>;
  practice(ctx: HomeCardContext): ReturnType<typeof findPractice>;
}

export function homePageData(db: Db): HomePageData {
  return {
    users: oncePerPage((ctx) => listUsers(db, ctx.practiceId)),
    practice: oncePerPage((ctx) => findPractice(db, ctx.practiceId)),
  };
}

/**
 * The foundation's own cards: second factor, recovery kit, backups (these two read the « à faire »
 * items of the backup feature), team.
 */
export function foundationCards(todo: TodoRegistry, page: HomePageData): HomeCardProvider[] {
  const backupItems = (ctx: HomeCardContext) => todo.from(BACKUP_TODO, ctx);
  return [
    {
      id: 'mfa',
      order: 10,
      roles: ['owner', 'practitioner', 'secretary', 'auditor'],
      async load(ctx) {
        const users = (await page.users(ctx)).filter((u) => u.status === 'active');
        const me = users.find((u) => u.id === ctx.userId);
        const without = users.filter((u) => !u.mfaEnabled);
        if (me && !me.mfaEnabled) {
          return {
            id: 'mfa',
            title: 'Activez la double authentification',
            tone: 'warning',
            summary:
              'Avec un code à 6 chiffres sur votre téléphone en plus du mot de passe, un mot de passe volé ne suffit plus pour entrer dans Hygie.',
            action: { label: 'L’activer maintenant', href: '/mon-compte#double-authentification' },
          };
        }
        if (ctx.role === 'owner' && without.length > 0) {
          return {
            id: 'mfa',
            title: 'Double authentification de l’équipe',
            tone: 'info',
            summary: `${without.length} personne${without.length > 1 ? 's' : ''} sur ${users.length} n’utilise${without.length > 1 ? 'nt' : ''} pas encore la double authentification.`,
            items: without.map((u) => ({ label: u.name })),
            action: { label: 'L’exiger pour tout le cabinet', href: '/cabinet#securite' },
          };
        }
        return null;
      },
    },
    {
      id: 'recovery-kit',
      order: 20,
      roles: ['owner'],
      async load(ctx) {
        if (!(await backupItems(ctx)).some((item) => item.kind === 'recovery-kit')) return null;
        return {
          id: 'recovery-kit',
          title: 'Imprimez votre kit de secours',
          tone: 'warning',
          summary:
            'Il permet de retrouver Hygie et vos données après une panne, un vol ou un changement d’ordinateur. Rangez-le sous clé.',
          action: { label: 'Télécharger le kit de secours', href: '/mon-compte#sauvegarde' },
        };
      },
    },
    {
      id: 'backup',
      order: 30,
      roles: ['owner'],
      async load(ctx) {
        const item = (await backupItems(ctx)).find((i) => i.kind === 'backup');
        if (!item || (item.due !== null && item.state !== 'overdue')) return null;
        return {
          id: 'backup',
          title: item.due ? 'Votre dernière sauvegarde date de plus d’une semaine' : 'Faites votre première sauvegarde',
          tone: item.due ? 'warning' : 'info',
          summary: item.due
            ? `${item.detail} Sauvegardez au moins une fois par semaine et gardez une copie hors du cabinet.`
            : 'Une sauvegarde chiffrée, gardée hors du cabinet, protège vos registres en cas de panne, de vol ou de rançongiciel.',
          action: { label: 'Sauvegarder', href: '/mon-compte#sauvegarde' },
        };
      },
    },
    {
      id: 'team',
      order: 40,
      roles: ['owner'],
      async load(ctx) {
        const [users, practice] = await Promise.all([page.users(ctx), page.practice(ctx)]);
        if (users.length > 1 || (practice?.structureType === 'solo' && (practice?.staffCount ?? 0) === 0)) return null;
        return {
          id: 'team',
          title: 'Invitez votre équipe',
          tone: 'info',
          summary: 'Chaque personne a son propre compte : la secrétaire voit ce qui la concerne, pas le reste.',
          action: { label: 'Inviter quelqu’un', href: '/utilisateurs' },
        };
      },
    },
  ];
}
