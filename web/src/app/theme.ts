import { type CSSVariablesResolver, createTheme, type MantineColorsTuple, PasswordInput } from '@mantine/core';

/** Hygie's deep green; shade 8 (the primary one) gives white text a 7:1 contrast ratio. */
const hygie: MantineColorsTuple = [
  '#e6f4f0',
  '#cce8e0',
  '#99d1c2',
  '#66baa3',
  '#33a385',
  '#1a8a6d',
  '#137a60',
  '#0f6b54',
  '#0b5c4a',
  '#084a3b',
];

/** Calm, high-contrast theme: every text stays above the WCAG AA contrast ratio. */
export const theme = createTheme({
  colors: { hygie },
  primaryColor: 'hygie',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '650' },
  components: {
    // Mantine names the show/hide button in English by default.
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Afficher ou masquer le mot de passe' } },
    }),
  },
});

/**
 * Mantine's default "dimmed" grey (3.3:1) and error red (3.3:1) are too pale for small text:
 * darker shades keep help texts and field errors readable (WCAG AA, checked by axe in tests).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
