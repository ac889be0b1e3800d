import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ROLE_LABELS } from '../../api/types.ts';
import { useAuth } from '../../app/auth.tsx';
import { PageSection } from '../../components/PageSection.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** Name, e-mail and role, read-only (the API has no route to change one's own name or e-mail). */
export function ProfileSection() {
  const { me } = useAuth();
  return (
    <PageSection
      id="profil"
      title="Profil"
      intro="Ces informations vous identifient dans Hygie et dans le journal du cabinet."
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        <Fact label="Nom">{me.user.name}</Fact>
        <Fact label="Adresse e-mail">{me.user.email}</Fact>
        <Fact label="Rôle">
          <Badge variant="outline" size="lg" tt="none">
            {ROLE_LABELS[me.user.role]}
          </Badge>
        </Fact>
      </SimpleGrid>
    </PageSection>
  );
}
