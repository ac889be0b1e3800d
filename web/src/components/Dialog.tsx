import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Every dialog of Hygie: a Mantine modal whose header is not a second banner landmark (axe) and
 * whose close button has a French name.
 */
export function Dialog({
  opened,
  onClose,
  title,
  size = 'lg',
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: 'sm' | 'md' | 'lg';
  children: ReactNode;
}) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={650} fz="h4">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Fermer la fenêtre" />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
