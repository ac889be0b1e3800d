import { Badge, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { retentionGroups } from '../../../../src/features/register/retention-groups.ts';
import { controllerLabel } from './ActivityList.tsx';
import { FIELDS, type FieldName } from './field-help.ts';
import { OpenPoint } from './OpenPoint.tsx';
import type { ActivityView } from './register-api.ts';

/** One field, read-only: its label as a heading, then its value (the editing help is the form's). */
function Field({ name, children }: { name: FieldName; children: ReactNode }) {
  const id = `champ-${name}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {FIELDS[name].label}
      </Title>
      {children}
    </Paper>
  );
}

function Lines({ items, empty = 'Non renseigné' }: { items: string[]; empty?: string }) {
  if (items.length === 0) return <Text fs="italic">{empty}</Text>;
  return (
    <List>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** Dark shades only: the small badge text stays above the WCAG AA contrast ratio. */
const STATUS_STYLES: Record<string, { color: string; variant: 'filled' | 'outline' }> = {
  done: { color: 'hygie', variant: 'filled' },
  partial: { color: 'hygie', variant: 'outline' },
  todo: { color: 'red.9', variant: 'outline' },
};
const OTHER_STYLE = { color: 'gray.8', variant: 'outline' } as const;

/** Every field of the activity, read-only; a retention said once for the categories that share it. */
export function ActivityDetails({ activity, canManage }: { activity: ActivityView; canManage: boolean }) {
  return (
    <Stack gap="md">
      <OpenPoint activity={activity} canManage={canManage} />
      <Field name="controller">
        <Text>{controllerLabel(activity.controller)}</Text>
        {activity.controller.kind === 'joint' && activity.controller.arrangement && (
          <Text size="sm">Accord : {activity.controller.arrangement}</Text>
        )}
        {activity.controllerHint && (
          <Text size="sm" mt="xs">
            {activity.controllerHint}
          </Text>
        )}
      </Field>
      <Field name="purposes">
        <Lines items={activity.purposes} />
      </Field>
      <Field name="legalBasis">
        <Text>{activity.legalBasisText || 'Non renseignée'}</Text>
        {activity.legalBasis.detail && (
          <Text size="sm" mt="xs">
            {activity.legalBasis.detail}
          </Text>
        )}
      </Field>
      <Field name="dataSubjects">
        <Lines items={activity.dataSubjects} />
      </Field>
      <Field name="dataCategories">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label="Catégories de données">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Données</Table.Th>
                <Table.Th scope="col">Durée de conservation</Table.Th>
                <Table.Th scope="col">Source de la durée</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {retentionGroups(activity.dataCategories).map((group) => (
                <Table.Tr key={group.categories.map((c) => c.label).join('|')}>
                  <Table.Td>
                    <List size="sm">
                      {group.categories.map((c) => (
                        <List.Item key={c.label}>
                          {c.label}
                          {c.health && (
                            <Badge ml="xs" size="sm" tt="none" color="grape.9" variant="outline">
                              Santé
                            </Badge>
                          )}
                          {c.nir && (
                            <Badge ml="xs" size="sm" tt="none" color="indigo.9" variant="outline">
                              NIR / INS
                            </Badge>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{group.retention || 'À indiquer'}</Table.Td>
                  <Table.Td>{group.retentionSource || 'À indiquer'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Field>
      <Field name="sources">
        <Lines items={activity.sources} />
      </Field>
      <Field name="internalRecipients">
        <Lines items={activity.internalRecipients} />
      </Field>
      <Field name="externalRecipients">
        <Lines items={activity.externalRecipients} empty="Aucun" />
      </Field>
      <Field name="processors">
        <Lines items={activity.processors} empty="Aucun sous-traitant indiqué" />
      </Field>
      <Field name="transfers">
        <Lines
          items={activity.transfers.map((t) => `${t.recipient} (${t.country}) — garantie : ${t.safeguard}`)}
          empty="Aucun transfert hors de l’Union européenne"
        />
      </Field>
      <Field name="securityMeasureIds">
        <List>
          {activity.securityMeasures.map((m) => (
            <List.Item key={m.id}>
              {m.title}{' '}
              <Badge size="sm" tt="none" {...((m.applies && STATUS_STYLES[m.status ?? '']) || OTHER_STYLE)}>
                {m.statusLabel}
              </Badge>
            </List.Item>
          ))}
        </List>
      </Field>
      {activity.otherSecurityMeasures && (
        <Field name="otherSecurityMeasures">
          <Text>{activity.otherSecurityMeasures}</Text>
        </Field>
      )}
    </Stack>
  );
}
