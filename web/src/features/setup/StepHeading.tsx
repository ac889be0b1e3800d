import { Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A step's h2. When the person has just moved to this step, it takes the focus, so that a screen
 * reader announces the new step and the keyboard starts from its top.
 */
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Title order={2} size="h3" mb="xs" ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
