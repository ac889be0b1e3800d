import { z } from 'zod';
import { fr } from 'zod/locales';

// Every validation message a user can meet is in French.
z.config(fr());

export { z };

/**
 * The days and instants a form may hold: 1 January 1900 to 31 December 2100. Anything outside
 * (0001-01-01, 9999-12-31) is a typing mistake that would only mislead a deadline or a document.
 */
export const DATE_BOUNDS = { min: '1900-01-01', max: '2100-12-31' } as const;
const BOUNDS_TEXT = 'entre le 1er janvier 1900 et le 31 décembre 2100';

/** A calendar day `YYYY-MM-DD` within DATE_BOUNDS; the French messages name the field (`label`). */
export const isoDay = (label: string, example = '2026-12-31') =>
  z.iso
    .date({ error: `${label} invalide : le format attendu est AAAA-MM-JJ, par exemple ${example}` })
    .refine((value) => value >= DATE_BOUNDS.min && value <= DATE_BOUNDS.max, {
      error: `${label} hors des limites : ${BOUNDS_TEXT}`,
    });

/** An instant with its offset (`2026-03-27T09:00:00Z`, `…+01:00`) within DATE_BOUNDS (in UTC). */
export const isoInstant = (label: string, example = '2026-03-27T09:00:00Z') =>
  z.iso
    .datetime({ offset: true, error: `${label} invalide : date et heure ISO 8601 attendues, par exemple ${example}` })
    .refine(
      (value) => {
        // Zod runs this check even when the format check failed: leave that case to its message.
        const time = Date.parse(value);
        if (Number.isNaN(time)) return true;
        const day = new Date(time).toISOString().slice(0, 10);
        return day >= DATE_BOUNDS.min && day <= DATE_BOUNDS.max;
      },
      { error: `${label} hors des limites : ${BOUNDS_TEXT}` },
    );
