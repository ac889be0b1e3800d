import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import { useRole } from '../../app/auth.tsx';

/**
 * Tells Hygie the action plan was opened (what makes the « plan » step of « Ma mise en
 * conformité » done); only for those who act on the plan. The server records it once per change of
 * the diagnostic, so a reload costs nothing.
 */
export function useRecordPlanOpened(): void {
  const role = useRole();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (role === 'auditor') return;
    api<{ recorded: boolean }>('/v1/action-plan/opened', { method: 'POST', body: {} })
      .then(({ recorded }) => {
        if (recorded) void queryClient.invalidateQueries({ queryKey: ['compliance-path'] });
      })
      .catch(() => {
        // Only the path's state depends on it: the page itself stays usable.
      });
  }, [role, queryClient]);
}
