import { describe, expect, it } from 'vitest';
import { assertDistinctiveMarker, expectNoMarker } from './markers.ts';

describe('expectNoMarker', () => {
  it.each(['4711', 'Dupont', 'sous-sol', 'abc+/=', 'deadbeef'])(
    'refuses %j, which a hash or an id could hold',
    (marker) => {
      expect(() => assertDistinctiveMarker(marker)).toThrow(/peut apparaître par hasard/);
    },
  );

  it.each(['4711 J. D.', 'Jeanne Dupont', 'Éloïse', 'l’archive', 'n°4711'])('accepts %j', (marker) => {
    expect(() => assertDistinctiveMarker(marker)).not.toThrow();
  });

  it('fails when a marker leaked and passes when none did', () => {
    expect(() => expectNoMarker('{"summary":"Demande de Jeanne Dupont"}', ['Jeanne Dupont'])).toThrow();
    expect(() => expectNoMarker('{"hash":"4711ab"}', ['4711 J. D.'])).not.toThrow();
  });
});
