/** Small inline icons (no icon font, no request): decorative, so hidden from screen readers. */
const base = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
};

/** A warning triangle, for the incident button. */
export function AlertIcon({ size = 18 }: { size?: number }) {
  return (
    <svg {...base} width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M12 3 2 20h20L12 3Z" />
      <path d="M12 10v4M12 17h.01" />
    </svg>
  );
}

/** A crossed circle, before each « À ne pas faire ». */
export function ForbiddenIcon({ size = 20 }: { size?: number }) {
  return (
    <svg {...base} width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" />
      <path d="m5.6 5.6 12.8 12.8" />
    </svg>
  );
}

/** A phone handset, before a number to call. */
export function PhoneIcon({ size = 16 }: { size?: number }) {
  return (
    <svg {...base} width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z" />
    </svg>
  );
}
