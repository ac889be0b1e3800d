import type { IsoDay } from '../../lib/dates/index.ts';
import type { RegisterActivity } from '../register/register.types.ts';
import { type Processor, processorWarnings } from './processor.ts';
import type { ProcessorView } from './processors.schema.ts';

/** The response of a processor: its fields, its linked activities by name, and its warnings on `today`. */
export function processorView(
  processor: Processor,
  activities: readonly Pick<RegisterActivity, 'id' | 'name' | 'status'>[],
  today: IsoDay,
): ProcessorView {
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  return {
    id: processor.id,
    name: processor.name,
    service: processor.service,
    contact: processor.contact,
    activityIds: processor.activityIds,
    activities: processor.activityIds.flatMap((id) => {
      const activity = byId.get(id);
      return activity ? [{ id, name: activity.name, archived: activity.status === 'archived' }] : [];
    }),
    hostsHealthData: processor.hostsHealthData,
    hostingInEea: processor.hostingInEea,
    hdsCertificate: processor.hdsCertificate,
    dpaSignedOn: processor.dpaSignedOn,
    contractEndsOn: processor.contractEndsOn,
    clauses: processor.clauses,
    warnings: processorWarnings(processor, today),
    createdAt: processor.createdAt,
    updatedAt: processor.updatedAt,
  };
}
