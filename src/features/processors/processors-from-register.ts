import type { Db } from '../../db/connect.ts';
import type { PracticeProfile } from '../accounts/accounts.schema.ts';
import type { ProfileProcessor } from '../register/register.referential.ts';
import { noClauses } from './processor.ts';
import { listProcessors } from './processors.repository.ts';
import { type Caller, createProcessor, replaceProcessor } from './processors.service.ts';

/** A processor the practice profile names (its online software, its appointment platform). */
export interface ProfileProcessorProposal {
  kind: ProfileProcessor;
  name: string;
  service: string;
}

/**
 * The processors the profile names, as the register's templates name them: the practice
 * software's vendor when the data are online, and the appointment platform.
 * @example profileProcessors({ practiceSoftware: 'Infi+', dataLocations: ['cloud'], appointmentPlatform: null })
 * // [{ kind: 'practiceSoftware', name: 'Infi+', service: 'Éditeur et hébergeur du logiciel du cabinet (données en ligne)' }]
 */
export function profileProcessors(
  profile: Pick<PracticeProfile, 'practiceSoftware' | 'appointmentPlatform' | 'dataLocations'>,
): ProfileProcessorProposal[] {
  const proposals: ProfileProcessorProposal[] = [];
  if (profile.practiceSoftware && profile.dataLocations.includes('cloud')) {
    proposals.push({
      kind: 'practiceSoftware',
      name: profile.practiceSoftware,
      service: 'Éditeur et hébergeur du logiciel du cabinet (données en ligne)',
    });
  }
  if (profile.appointmentPlatform) {
    proposals.push({
      kind: 'appointmentPlatform',
      name: profile.appointmentPlatform,
      service: 'Plateforme de rendez-vous en ligne',
    });
  }
  return proposals;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('fr-FR') === b.trim().toLocaleLowerCase('fr-FR');

/**
 * With the proposed activities just accepted: each processor their templates name from the profile
 * is recorded in « Sous-traitants » and linked to those activities (one already recorded under the
 * same name is linked, not duplicated), so the register and the processors agree. It holds health
 * data and is taken as hosted in the EEA (an HDS host must be); its certificate and contract are
 * then what « Sous-traitants » asks for. Runs in the caller's transaction; journaled by the
 * processors' own events.
 */
export async function linkProfileProcessors(
  trx: Db,
  caller: Caller,
  profile: Pick<PracticeProfile, 'practiceSoftware' | 'appointmentPlatform' | 'dataLocations'>,
  accepted: readonly { activityId: string; kinds: readonly ProfileProcessor[] }[],
  now: Date,
): Promise<void> {
  for (const proposal of profileProcessors(profile)) {
    const activityIds = accepted.filter((a) => a.kinds.includes(proposal.kind)).map((a) => a.activityId);
    if (activityIds.length === 0) continue;
    const existing = (await listProcessors(trx, caller.practiceId)).find((p) => sameName(p.name, proposal.name));
    if (existing) {
      const ids = [...new Set([...existing.activityIds, ...activityIds])];
      if (ids.length === existing.activityIds.length) continue;
      await replaceProcessor(trx, caller, existing.id, { ...existing, activityIds: ids }, now);
      continue;
    }
    await createProcessor(
      trx,
      caller,
      {
        name: proposal.name,
        service: proposal.service,
        contact: null,
        activityIds,
        hostsHealthData: true,
        hostingInEea: true,
        hdsCertificate: null,
        dpaSignedOn: null,
        contractEndsOn: null,
        clauses: noClauses(),
      },
      now,
    );
  }
}
