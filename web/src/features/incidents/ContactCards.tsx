import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PhoneIcon } from './icons.tsx';
import type { NationalContactView, PracticeContactView } from './incidents-api.ts';

function Call({ tel, phone, note }: { tel: string; phone: string; note?: string | null }) {
  return (
    <Anchor href={`tel:${tel}`} fw={700} fz="lg" underline="always">
      <Group gap={6} component="span" wrap="nowrap">
        <PhoneIcon />
        <span>
          {phone}
          {note ? ` (${note})` : ''}
        </span>
      </Group>
    </Anchor>
  );
}

function Card({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap={4}>{children}</Stack>
    </Paper>
  );
}

/** « Noter l’appel », which records the call on the incident's timeline. */
export interface CalledButton {
  onCalled: (contactId: string) => void;
  pending: boolean;
}

/** A national contact: what it is for, its number (a `tel:` link), its sites, and how sure the data is. */
export function NationalContactCard({ contact, called }: { contact: NationalContactView; called?: CalledButton }) {
  return (
    <Card>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={700}>{contact.name}</Text>
      </Group>
      <Text size="sm">{contact.purpose}</Text>
      {contact.tel && contact.phone && <Call tel={contact.tel} phone={contact.phone} note={contact.phoneNote} />}
      {contact.links.map((link) => (
        <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" underline="always">
          {link.label}
        </Anchor>
      ))}
      {contact.howTo && <Text size="sm">{contact.howTo}</Text>}
      {called && (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          disabled={called.pending}
          onClick={() => called.onCalled(contact.id)}
          aria-label={`Noter l’appel : ${contact.name}`}
        >
          Noter l’appel
        </Button>
      )}
    </Card>
  );
}

/** One of the practice's own contacts, with `tel:` and `mailto:` links. */
export function PracticeContactCard({
  contact,
  called,
  actions,
}: {
  contact: PracticeContactView;
  called?: CalledButton;
  actions?: ReactNode;
}) {
  return (
    <Card>
      <Text size="xs" fw={700} tt="uppercase">
        {contact.kindLabel}
      </Text>
      <Text fw={700}>{contact.name}</Text>
      {contact.tel && contact.phone && <Call tel={contact.tel} phone={contact.phone} />}
      {contact.email && (
        <Anchor href={`mailto:${contact.email}`} underline="always">
          {contact.email}
        </Anchor>
      )}
      {contact.notes && <Text size="sm">{contact.notes}</Text>}
      {called && (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          disabled={called.pending}
          onClick={() => called.onCalled(contact.id)}
          aria-label={`Noter l’appel : ${contact.name}`}
        >
          Noter l’appel
        </Button>
      )}
      {actions}
    </Card>
  );
}

/** A responsive grid of contact cards. */
export function ContactGrid({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {children}
    </SimpleGrid>
  );
}
