import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './browser.ts';

/** The limits of issue 14 for a practitioner alone: inputs and words of the whole journey. */
export const PARCOURS_LIMITS = { inputs: 40, words: 2_500 } as const;

/**
 * The words of a text as a person reads them: runs of characters holding at least one letter or
 * digit (« 12 », « d’action », « e-mail » count once; « : », « – », « ✓ » do not count).
 * @example countWords('Le plan d’action : 3 étapes') // 5
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * What a journey costs the person, counted as it goes: every input (a click, a field typed, an
 * option chosen) through `click` and `fill`, and the words of the main content of each screen (not
 * the menu nor the header) the first time it is shown, through `screen`, which also checks the
 * screen with axe. What the journey does without counting (inviting a colleague) goes to the page
 * directly.
 */
export function journeyCounter(page: Page) {
  const inputs = new Map<string, number>();
  const words = new Map<string, number>();
  let current = '';
  const count = () => inputs.set(current, (inputs.get(current) ?? 0) + 1);
  return {
    /** The screen now shown: its words are counted once, as rendered (folded parts are not read). */
    async screen(name: string): Promise<void> {
      current = name;
      if (words.has(name)) return;
      // Counted once the screen has settled: its data loaded (no request for half a second), so
      // two runs count the same words.
      await page.waitForLoadState('networkidle');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the person reads
      const text = await page.locator('main').innerText();
      // PARCOURS_DUMP=<folder> keeps each screen's text, to see where the words go.
      if (process.env.PARCOURS_DUMP) fs.writeFileSync(path.join(process.env.PARCOURS_DUMP, `${name}.txt`), text);
      words.set(name, countWords(text));
      await expectNoAxeViolations(page);
    },
    async click(target: Locator): Promise<void> {
      count();
      await target.click();
    },
    async fill(target: Locator, value: string): Promise<void> {
      count();
      await target.fill(value);
    },
    total(): { inputs: number; words: number } {
      const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
      return { inputs: sum(inputs), words: sum(words) };
    },
    /** The figures line, e.g. `parcours infirmière : 37 saisies, 2140 mots`. */
    line(who: string): string {
      const { inputs: n, words: w } = this.total();
      return `parcours ${who} : ${n} saisies, ${w} mots`;
    },
    /** Screen by screen, to see where the inputs and the words go. */
    detail(): string[] {
      return [...new Set([...inputs.keys(), ...words.keys()])].map(
        (s) => `${s} : ${inputs.get(s) ?? 0} saisies, ${words.get(s) ?? 0} mots`,
      );
    },
  };
}

export type JourneyCounter = ReturnType<typeof journeyCounter>;
