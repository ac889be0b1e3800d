import { type RefObject, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { watchFirstTerms } from './first-terms.ts';

/** Links the first use of each glossary word in `page` to the glossary (see first-terms.ts); off on the glossary itself. */
export function useFirstTerms(page: RefObject<HTMLElement | null>, enabled: boolean): void {
  const navigate = useNavigate();
  // Read again from the start on each page (and once the page's element exists).
  const { pathname } = useLocation();
  useEffect(() => {
    void pathname;
    const element = page.current;
    if (!element || !enabled) return;
    return watchFirstTerms(element, (to) => void navigate(to));
  }, [page, enabled, navigate, pathname]);
}
