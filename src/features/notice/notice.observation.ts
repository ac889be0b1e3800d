import type { Db } from '../../db/connect.ts';
import { onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { noticeOverview } from './notice.service.ts';

export interface NoticeFacts {
  /** The latest version, whether it still tells the truth, and when it was last downloaded. */
  latest: { number: number; outdated: boolean } | null;
  /** Version number → last download (ISO instant) of its poster, leaflet or website text. */
  downloads: Record<number, string>;
}

/**
 * « Informer les patients… »: done when the latest version is up to date and was downloaded
 * (poster, leaflet or website text); « à faire » (to redo) when a downloaded version is outdated
 * (the register or the practice's details changed since); nothing before a download.
 * @example observeNotice({ latest: { number: 2, outdated: false }, downloads: { 2: '2026-12-07T10:00:00Z' } }, now)?.status // 'done'
 */
export function observeNotice(facts: NoticeFacts, _now: Date): Observation | null {
  if (facts.latest === null) return null;
  const { number, outdated } = facts.latest;
  const downloaded = facts.downloads[number];
  if (downloaded === undefined) return null;
  if (outdated) {
    return {
      status: 'todo',
      fact: `L’information des patients n° ${number}, téléchargée ${onDay(downloaded)}, n’est plus à jour : générez la nouvelle version et remplacez l’affiche ou le dépliant.`,
      href: '/information-patients',
      since: null,
    };
  }
  return {
    status: 'done',
    fact: `Information des patients n° ${number} à jour, téléchargée ${onDay(downloaded)}.`,
    href: '/information-patients',
    since: downloaded,
  };
}

export function noticeObservationRule(db: Db): ObservationRule<NoticeFacts> {
  return {
    id: 'notice-downloaded',
    measureId: 'information-patients',
    async gather({ practiceId }) {
      const [overview, entries] = await Promise.all([
        noticeOverview(db, practiceId),
        listJournal(db, practiceId, { action: 'notice.downloaded', limit: 100 }),
      ]);
      const downloads: Record<number, string> = {};
      // Newest first: the first entry of each version is its last download.
      for (const entry of entries) {
        const number = (entry.data as { number: number }).number;
        downloads[number] ??= entry.at;
      }
      return {
        latest: overview.latest ? { number: overview.latest.number, outdated: overview.latest.outdated } : null,
        downloads,
      };
    },
    observe: observeNotice,
  };
}
