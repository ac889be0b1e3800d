import { describe, expect, it } from 'vitest';
import { splitTechnicalDetail, TECHNICAL_DETAIL } from './technical-detail.ts';

describe('a finding’s technical detail', () => {
  it('splits the plain sentence from the detail that follows the marker', () => {
    expect(splitTechnicalDetail(`Une phrase simple.${TECHNICAL_DETAIL}SPF : échec.`)).toEqual({
      plain: 'Une phrase simple.',
      detail: 'SPF : échec.',
    });
  });

  it('keeps a message without detail whole', () => {
    expect(splitTechnicalDetail('Une phrase simple.')).toEqual({ plain: 'Une phrase simple.' });
  });
});
