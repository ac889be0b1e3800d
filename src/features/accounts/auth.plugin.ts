import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../../server/errors.ts';
import { allows } from '../../server/permissions.ts';
import { ROLE_LABELS, type Role } from './roles.ts';
import { safeEqual } from './secrets.ts';
import { findSession, type SessionPolicy, touchSession } from './sessions.repository.ts';
import { findTokenUser } from './tokens.repository.ts';

/** Who is calling: every authenticated handler reads its practice and role from here. */
export interface AuthContext {
  userId: string;
  practiceId: string;
  role: Role;
  name: string;
  email: string;
  via: 'session' | 'token';
  sessionId?: string;
  tokenId?: string;
  csrfToken?: string;
  mfaPending?: boolean;
  /** The practice requires MFA and the user has not enrolled: only their own account is reachable. */
  mfaEnrolmentRequired?: boolean;
  idleExpiresAt?: string;
  /** Sessions only: the configured idle time (the session lasts at least this long after a request). */
  idleMinutes?: number;
  expiresAt?: string;
}

/** One /api/v1 route as declared: what the permission walker test goes through. */
export interface CatalogRoute {
  method: string;
  url: string;
  permission?: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    routeCatalog: CatalogRoute[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookieName(tls: boolean): string {
  return tls ? '__Host-hygie_session' : 'hygie_session';
}

export function sessionPolicy(app: FastifyInstance): SessionPolicy {
  return { idleMinutes: app.deps.config.sessionIdleMinutes, absoluteHours: app.deps.config.sessionAbsoluteHours };
}

export function usesTls(app: FastifyInstance): boolean {
  return app.deps.config.publicUrl?.startsWith('https://') ?? false;
}

/** The authenticated caller, or a 401 (for handlers of non-public routes, always present). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

/** "Dr Martin (Titulaire)": how the journal names a person. */
export function actorLabel(auth: Pick<AuthContext, 'name' | 'role'>): string {
  return `${auth.name} (${ROLE_LABELS[auth.role]})`;
}

async function identify(app: FastifyInstance, request: FastifyRequest): Promise<AuthContext | null> {
  const now = app.deps.clock.now();
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match?.[1] ? await findTokenUser(app.deps.handle.db, match[1], now) : null;
    if (!user) throw unauthorized('Jeton d’accès invalide, expiré ou révoqué.');
    return { ...user, via: 'token' };
  }
  const cookie = request.cookies[sessionCookieName(usesTls(app))];
  if (!cookie) return null;
  const policy = sessionPolicy(app);
  const found = await findSession(app.deps.handle.db, cookie, now, policy);
  if (!found) return null;
  const session = await touchSession(app.deps.handle.db, found, now, policy);
  return { ...session, idleMinutes: policy.idleMinutes, via: 'session' };
}

/**
 * Authentication, CSRF and permission for every /api/v1 route, before the body is read:
 * rate limit → auth → permission → validation → handler. A route without a declared permission
 * cannot even be registered.
 */
export async function authPlugin(app: FastifyInstance): Promise<void> {
  app.decorateRequest('auth', null);
  const catalog = app.routeCatalog;
  app.addHook('onRoute', (route) => {
    const config = route.config as { permission?: string; public?: boolean } | undefined;
    if (!config?.permission && !config?.public) {
      throw new Error(`Route ${route.method} ${route.url} declares neither a permission nor public: true`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      catalog.push({
        method,
        url: route.url,
        public: Boolean(config.public),
        ...(config.permission ? { permission: config.permission } : {}),
      });
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    if (config.public && !request.headers.authorization) return;
    request.auth = await identify(app, request);
    if (config.public) return;
    const auth = request.auth;
    if (!auth) throw unauthorized();
    if (auth.mfaPending && !config.mfaPending)
      throw unauthorized('Saisissez d’abord le code de votre application d’authentification.');
    if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
        throw forbidden('Jeton anti-falsification absent ou invalide : rechargez la page puis recommencez.');
      }
    }
    if (config.permission && !allows(config.permission, auth.role)) throw forbidden();
    if (auth.mfaEnrolmentRequired && config.permission !== 'account.self') {
      throw forbidden(
        'Votre cabinet exige la double authentification : activez-la dans « Mon compte » pour continuer.',
      );
    }
  });
}
