import { Anchor, Button, Card, Group, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { HomeCard } from './home-types.ts';

const toneColor = { ok: 'hygie', info: 'blue', warning: 'orange', danger: 'red' } as const;
const toneLabel = { ok: 'À jour', info: 'Conseil', warning: 'À faire', danger: 'Urgent' } as const;

/** One card a feature put on the home page. */
export function HomeCardView({ card }: { card: HomeCard }) {
  return (
    <Card withBorder padding="md" style={{ borderLeft: `4px solid var(--mantine-color-${toneColor[card.tone]}-8)` }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" fw={700} tt="uppercase">
            {toneLabel[card.tone]}
          </Text>
          <Title order={3} size="h5">
            {card.title}
          </Title>
        </div>
      </Group>
      <Text mt={4}>{card.summary}</Text>
      {card.items && card.items.length > 0 && (
        <List mt="xs" size="sm">
          {card.items.map((item) => (
            <List.Item key={`${item.label}-${item.due ?? ''}`}>
              {item.href ? (
                <Anchor component={Link} to={item.href}>
                  {item.label}
                </Anchor>
              ) : (
                item.label
              )}
              {item.due ? ` — avant le ${new Date(`${item.due}T12:00:00Z`).toLocaleDateString('fr-FR')}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      {card.action && (
        <Button component={Link} to={card.action.href} mt="sm" w="fit-content" variant="light">
          {card.action.label}
        </Button>
      )}
    </Card>
  );
}
