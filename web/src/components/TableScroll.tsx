import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen: it scrolls sideways inside its own labelled region, never the
 * page. The region can take the keyboard focus, so it can be scrolled without a mouse.
 */
export function TableScroll({
  minWidth,
  children,
  ...name
}: {
  minWidth: number;
  children: ReactNode;
} & ({ /** The id of the visible caption that names the table. */ labelledBy: string } | { label: string })) {
  return (
    <Box
      role="region"
      {...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy })}
      tabIndex={0}
      // Positioned, so what is hidden for screen readers inside the table (absolutely placed) stays
      // inside the region instead of widening the page.
      style={{ overflowX: 'auto', position: 'relative' }}
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
