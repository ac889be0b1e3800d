/** The Hygie mark: a shield with a cross, drawn inline so it needs no request. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#0b5c4a" />
      <path d="M16 6l8 3v6c0 5.5-3.4 9.6-8 11-4.6-1.4-8-5.5-8-11V9z" fill="#fff" />
      <path d="M14.6 13h2.8v3h3v2.8h-3v3h-2.8v-3h-3V16h3z" fill="#0b5c4a" />
    </svg>
  );
}
