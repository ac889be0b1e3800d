/**
 * Serious incidents of health information systems (CSP L. 1111-8-2, D. 1111-16-2, décret
 * n° 2022-715): health establishments, laboratories of medical biology, radiotherapy centres and
 * social and medico-social establishments report them « sans délai » to the ARS through the
 * national portal (signalement.social-sante.gouv.fr, « Incident de sécurité des systèmes
 * d'information »; the ANS CERT Santé answers). Individual professionals in private practice are
 * not named (an interpretation: they may report voluntarily). Among Hygie's structure types, the
 * laboratory is concerned; the report is then a tracked step of the incident and the breach.
 * The decree's list was read here through secondary sources (ARS and ANS pages), not the JO.
 */
const CONCERNED_STRUCTURES: ReadonlySet<string> = new Set(['laboratory']);

/**
 * True when the practice's structure must report serious incidents to the ARS.
 * @example arsReportExpected('laboratory') // true; arsReportExpected('solo') // false
 */
export function arsReportExpected(structureType: string): boolean {
  return CONCERNED_STRUCTURES.has(structureType);
}

/** The French sentence shown beside the step. */
export const ARS_REPORT_TEXT =
  'Votre laboratoire doit signaler sans délai les incidents graves de sécurité de ses systèmes d’information à l’ARS, sur le portail signalement.social-sante.gouv.fr (code de la santé publique, articles L. 1111-8-2 et D. 1111-16-2). Notez ici la date du signalement.';
