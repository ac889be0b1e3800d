import { expect } from 'vitest';

/**
 * Characters that encoded values (hex hashes, UUIDs, base64 and base64url) are made of. A marker
 * made only of them can turn up inside a random hash by chance (« 4711 » does in ~6 % of SHA-256
 * sums), so a « never stored » check built on it fails at random.
 */
const ENCODED_ALPHABET = /^[A-Za-z0-9+/=_-]*$/;

/** Refuses a marker that could occur by chance in hex, UUID or base64 text. */
export function assertDistinctiveMarker(marker: string): void {
  if (ENCODED_ALPHABET.test(marker)) {
    throw new Error(
      `Marqueur « ${marker} » : il peut apparaître par hasard dans une empreinte ou un identifiant ; ajoutez-lui une espace, une apostrophe ou un accent.`,
    );
  }
}

/**
 * Asserts that none of the markers occurs in the text (a journal's JSON, a response body). Each
 * marker must hold a character no hash, id or base64 value holds (a space, an accent…), so the
 * check fails only when the marked text itself leaked.
 */
export function expectNoMarker(text: string, markers: readonly string[]): void {
  for (const marker of markers) {
    assertDistinctiveMarker(marker);
    expect(text, marker).not.toContain(marker);
  }
}
