import { Badge, Button, Card, Group, List, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { CompliancePathData, PathStep } from './path-types.ts';

const STATE = {
  done: { label: '✓ fait', color: 'hygie' },
  todo: { label: 'à faire', color: 'gray' },
  redo: { label: 'à refaire', color: 'orange' },
} as const;

function StepLine({ step, number, isNext }: { step: PathStep; number: number; isNext: boolean }) {
  return (
    <List.Item
      icon={
        <ThemeIcon
          size={26}
          radius="xl"
          color={STATE[step.state].color}
          variant={step.state === 'done' ? 'filled' : 'light'}
        >
          <span aria-hidden="true">{step.state === 'done' ? '✓' : number}</span>
        </ThemeIcon>
      }
    >
      <Group gap="xs" wrap="wrap">
        <Text fw={isNext ? 700 : 400}>{step.title}</Text>
        <Badge color={STATE[step.state].color} variant="light">
          {STATE[step.state].label}
        </Badge>
        {step.state !== 'done' && <Text size="sm">environ {step.minutes} min</Text>}
      </Group>
      {isNext && step.reason && <Text size="sm">{step.reason}</Text>}
    </List.Item>
  );
}

/** « Ma mise en conformité »: the steps in order, their state, and one button to the next one. */
export function CompliancePath() {
  const path = useQuery({
    queryKey: ['compliance-path'],
    queryFn: () => api<CompliancePathData>('/v1/compliance-path'),
  });
  if (path.error) return <ErrorAlert error={path.error} title="Le parcours n’a pas pu être chargé" />;
  const data = path.data;
  if (!data) return null;
  const next = data.steps.find((step) => step.id === data.next);
  return (
    <Card withBorder component="section" aria-labelledby="mise-en-conformite" padding="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="mise-en-conformite">
          Ma mise en conformité
        </Title>
        <Text size="sm">
          {data.done} étape{data.done > 1 ? 's' : ''} sur {data.total}
        </Text>
      </Group>
      {next ? (
        <>
          <List spacing="xs" center={false}>
            {data.steps.map((step, i) => (
              <StepLine key={step.id} step={step} number={i + 1} isNext={step.id === next.id} />
            ))}
          </List>
          <Button component={Link} to={next.href} mt="md" w="fit-content">
            {next.action}
          </Button>
        </>
      ) : (
        <Text>Tout est fait. Hygie vous prévient ici si quelque chose change.</Text>
      )}
    </Card>
  );
}
