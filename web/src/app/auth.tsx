import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, api, onUnauthorized, setCsrfToken } from '../api/client.ts';
import type { Me, Role } from '../api/types.ts';

interface AuthValue {
  me: Me;
  /** Reloads the signed-in user (after a change of name, MFA, role…). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export const ME_KEY = ['me'] as const;

/** The signed-in user; only inside <RequireAuth>. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside RequireAuth');
  return value;
}

export function useRole(): Role {
  return useAuth().me.user.role;
}

/** Stores what sign-in returned, so the next page opens without a round trip. */
export function useSignedIn(): (me: Me) => void {
  const client = useQueryClient();
  return useCallback(
    (me: Me) => {
      setCsrfToken(me.csrfToken);
      client.setQueryData(ME_KEY, me);
    },
    [client],
  );
}

function FullPageLoader() {
  return (
    <Center h="60vh">
      <Loader aria-label="Chargement" />
    </Center>
  );
}

/**
 * Pages behind sign-in: sends a visitor to the first-run wizard or to the sign-in page; or, for a
 * page open to visitors (the guide, the glossary), shows them `visitor` instead.
 */
export function RequireAuth({ children, visitor }: { children: ReactNode; visitor?: ReactNode }) {
  const client = useQueryClient();
  const location = useLocation();
  const me = useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      const value = await api<Me>('/v1/me', { quiet401: true });
      setCsrfToken(value.csrfToken);
      return value;
    },
    retry: false,
    staleTime: 60_000,
  });
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => api<{ needed: boolean; codeRequired: boolean }>('/v1/setup'),
    enabled: me.error instanceof ApiError && me.error.status === 401 && !visitor,
  });
  useEffect(
    () =>
      onUnauthorized(() => {
        setCsrfToken(undefined);
        client.removeQueries({ queryKey: ME_KEY });
        void client.invalidateQueries({ queryKey: ME_KEY });
      }),
    [client],
  );
  const refresh = useCallback(async () => {
    await client.invalidateQueries({ queryKey: ME_KEY });
  }, [client]);
  const signOut = useCallback(async () => {
    await api('/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
    setCsrfToken(undefined);
    client.clear();
    window.location.assign('/connexion');
  }, [client]);

  if (me.data) return <AuthContext.Provider value={{ me: me.data, refresh, signOut }}>{children}</AuthContext.Provider>;
  if (me.error instanceof ApiError && me.error.status === 401) {
    if (visitor) return visitor;
    if (!setup.data) return <FullPageLoader />;
    if (setup.data.needed) return <Navigate to="/premiere-installation" replace />;
    const back = location.pathname === '/' ? '' : `?retour=${encodeURIComponent(location.pathname)}`;
    return <Navigate to={`/connexion${back}`} replace />;
  }
  if (me.error) throw me.error;
  return <FullPageLoader />;
}
