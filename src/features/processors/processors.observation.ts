import type { Db } from '../../db/connect.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { listProcessors } from './processors.repository.ts';

export interface ProcessorsFacts {
  /** Processors holding health data, and the names of those without a contract date. */
  healthData: number;
  withoutContract: string[];
}

/**
 * « Signer avec chaque prestataire un contrat… »: done when every processor holding health data
 * has the date its data-processing agreement was signed (`dpaSignedOn`); nothing while one lacks it
 * or none is recorded (the person answers).
 * @example observeProcessors({ healthData: 2, withoutContract: [] }, now)?.status // 'done'
 */
export function observeProcessors(facts: ProcessorsFacts, _now: Date): Observation | null {
  if (facts.healthData === 0 || facts.withoutContract.length > 0) return null;
  return {
    status: 'done',
    fact:
      facts.healthData === 1
        ? 'Le prestataire qui garde des données de santé a un contrat daté.'
        : `Les ${facts.healthData} prestataires qui gardent des données de santé ont un contrat daté.`,
    href: '/sous-traitants',
    since: null,
  };
}

export function processorsObservationRule(db: Db): ObservationRule<ProcessorsFacts> {
  return {
    id: 'processors-contracts',
    measureId: 'contrats-prestataires',
    async gather({ practiceId }) {
      const health = (await listProcessors(db, practiceId)).filter((p) => p.hostsHealthData);
      return {
        healthData: health.length,
        withoutContract: health.filter((p) => p.dpaSignedOn === null).map((p) => p.name),
      };
    },
    observe: observeProcessors,
  };
}
