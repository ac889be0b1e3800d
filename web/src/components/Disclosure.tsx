import { Box, Button, Collapse } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';

/**
 * A button that shows or hides what follows it (`aria-expanded`); the content is only rendered
 * once opened, so what it loads is fetched on demand.
 */
export function Disclosure({
  label,
  ariaLabel,
  children,
  defaultOpened = false,
}: {
  label: ReactNode;
  /** A fuller name for screen readers, starting with the visible label (« Précisions sur la question 3 »). */
  ariaLabel?: string;
  children: ReactNode;
  defaultOpened?: boolean;
}) {
  const [opened, setOpened] = useState(defaultOpened);
  const [rendered, setRendered] = useState(defaultOpened);
  const id = useId();
  return (
    <Box>
      <Button
        variant="subtle"
        px={4}
        aria-expanded={opened}
        aria-label={ariaLabel}
        aria-controls={id}
        onClick={() => {
          setOpened((value) => !value);
          setRendered(true);
        }}
        rightSection={<span aria-hidden="true">{opened ? '▴' : '▾'}</span>}
      >
        {label}
      </Button>
      <Collapse expanded={opened} id={id}>
        {rendered && <Box pt="xs">{children}</Box>}
      </Collapse>
    </Box>
  );
}
