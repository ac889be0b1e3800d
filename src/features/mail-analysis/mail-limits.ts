/**
 * Bounds on the work one message may cost. The size limit is checked before parsing; the others
 * keep every later step linear and small, whatever the sender wrote.
 */

/** 25 MB: the largest message the analyser reads (the API's body limit and the CLI's file limit). */
export const MAIL_MAX_BYTES = 25 * 1024 * 1024;

/** Passed to postal-mime: deeper structures are refused with a French message. */
export const PARSER_LIMITS = {
  /** MIME parts inside parts; real mail rarely goes past 5. */
  maxNestingDepth: 50,
  /** All header bytes of all parts together. */
  maxHeadersSize: 1024 * 1024,
  /** Forwarded messages inside messages, parsed inline; deeper ones stay attachments. */
  maxRfc822NestingDepth: 3,
} as const;

/** Characters of text (subject, text part, HTML made text) searched for wording. */
export const MAX_SCANNED_CHARS = 200_000;

/** Characters of HTML read for links and text. */
export const MAX_HTML_CHARS = 1_000_000;

/** Distinct links examined (a newsletter has a few dozen). */
export const MAX_LINKS = 300;

/** Attachments examined. */
export const MAX_ATTACHMENTS = 50;

/** A longer link is judged on its first characters only. */
export const MAX_URL_LENGTH = 2048;

/** Characters of a sender's text (name, domain, file name) quoted in a message. */
export const MAX_QUOTED_CHARS = 80;
