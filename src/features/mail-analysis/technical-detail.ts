/**
 * A finding says what it means in plain words first; the technical names behind it (SPF, DKIM,
 * DMARC) follow this marker, and the page folds them into « Détail technique ». The wire contract
 * stays `{ code, severity, message }`.
 */
export const TECHNICAL_DETAIL = ' Détail technique : ';

/** The plain sentence and, when the message has one, its technical detail. */
export function splitTechnicalDetail(message: string): { plain: string; detail?: string } {
  const at = message.indexOf(TECHNICAL_DETAIL);
  if (at < 0) return { plain: message };
  return { plain: message.slice(0, at), detail: message.slice(at + TECHNICAL_DETAIL.length) };
}
