import { mayManageTarget } from '../../../../src/features/evidence/evidence-targets.ts';
import { useRole } from '../../app/auth.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { type EvidenceTargetType, useEvidence } from './evidence-api.ts';

/**
 * « Pièces justificatives (N) », folded: the evidence documents of one measure, breach, request or
 * register activity, opened on demand so the page stays short. `canManage` is what the page allows
 * on the thing itself (a measure assigned to the secretary, a breach still open…); the role's right
 * to attach to this kind of target is checked here too, so a secretary is never offered a breach.
 */
export function EvidenceDisclosure({
  type,
  id,
  label,
  canManage,
}: {
  type: Exclude<EvidenceTargetType, 'practice'>;
  id: string;
  /** What the files prove (« Violation : vol d’ordinateur »), for the accessible names. */
  label: string;
  canManage: boolean;
}) {
  const role = useRole();
  const list = useEvidence({ type, id });
  const count = list.data ? ` (${list.data.files.length})` : '';
  return (
    <Disclosure label={`Pièces justificatives${count}`} ariaLabel={`Pièces justificatives${count} : ${label}`}>
      <EvidencePanel scope={{ type, id }} canManage={canManage && mayManageTarget(role, type)} label={label} />
    </Disclosure>
  );
}
