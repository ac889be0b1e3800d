import type { Content } from 'pdfmake';

/**
 * Returns a deep copy of the content, ready for pdfmake:
 * - pdfmake writes layout data into the nodes it receives, so a caller's content stays reusable;
 * - SVG `<image href>` would be opened by pdfkit straight from the disk, bypassing pdfmake's local
 *   access policy: only inline `data:image/…` references are kept.
 */
export function prepareContent(content: Content[]): Content[] {
  return content.map(copy) as Content[];
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const node: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) node[key] = copy(item);
  if ('svg' in node) {
    const options = typeof node.options === 'object' && node.options !== null ? node.options : {};
    node.options = { ...options, imageCallback: inlineImagesOnly };
  }
  return node;
}

function inlineImagesOnly(href: string): string {
  const trimmed = href.replace(/\s+/g, '');
  return /^data:image\/(png|jpe?g);base64,/i.test(trimmed) ? trimmed : '';
}
