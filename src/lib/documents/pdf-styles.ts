import type { Style, TableLayout } from 'pdfmake';

/** Print-friendly colours (dark enough on paper and for photocopies). */
export const colors = {
  text: '#1a1a1a',
  accent: '#1c3d5a',
  muted: '#5a5a5a',
  rule: '#c3c8cf',
  headerFill: '#e8edf2',
  zebraFill: '#f6f7f9',
} as const;

/** Named styles usable in any content node: `{ text: '…', style: 'h2' }`. */
export const styles = {
  title: { fontSize: 18, bold: true, color: colors.accent, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 11, color: colors.muted, margin: [0, 0, 0, 12] },
  h1: { fontSize: 15, bold: true, color: colors.accent, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12, bold: true, color: colors.accent, margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 8] },
  small: { fontSize: 8.5 },
  muted: { color: colors.muted },
  tableHeader: { bold: true, color: colors.accent },
  label: { bold: true, color: colors.muted },
  pageHeader: { fontSize: 9, color: colors.muted },
  pageFooter: { fontSize: 8.5, color: colors.muted },
} satisfies Record<string, Style>;

export type StyleName = keyof typeof styles;

export const defaultStyle: Style = { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: colors.text };

/** Name of the table layout used by `table()`: thin horizontal rules, shaded header, zebra rows. */
export const TABLE_LAYOUT = 'hygie';
/** Name of the borderless layout used by `keyValues()`. */
export const KEY_VALUES_LAYOUT = 'hygieKeyValues';

const padding = {
  paddingLeft: () => 6,
  paddingRight: () => 6,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

export const tableLayouts: Record<string, TableLayout> = {
  [TABLE_LAYOUT]: {
    ...padding,
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
    vLineWidth: () => 0,
    hLineColor: () => colors.rule,
    fillColor: (row, node) => {
      if (row < (node.table.headerRows ?? 0)) return colors.headerFill;
      return row % 2 === 0 ? colors.zebraFill : null;
    },
  },
  [KEY_VALUES_LAYOUT]: {
    ...padding,
    paddingLeft: (i) => (i === 0 ? 0 : 8),
    paddingTop: () => 2,
    paddingBottom: () => 2,
    hLineWidth: () => 0,
    vLineWidth: () => 0,
  },
};
