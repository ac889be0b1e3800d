import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Opens the page at the element its address names (`/glossaire#rgpd`, `/aide#les-mots-de-passe`):
 * scrolled to and focused, so a screen reader starts there too. Returns the hash.
 */
export function useHashTarget(ready = true): string {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready) return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [hash, ready]);
  return hash;
}
