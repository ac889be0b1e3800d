import { Anchor, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useAuth, useRole } from '../../app/auth.tsx';
import { durationsText } from './format.ts';
import { RuleDurationForm } from './RuleDurationForm.tsx';
import type { RetentionRuleView, RetentionSettings } from './retention-types.ts';

/** The rules that concern the practice, their sources, and the durations it applies (editable by the care team). */
export function SettingsSection({ settings }: { settings: RetentionSettings }) {
  const { me } = useAuth();
  const role = useRole();
  const canEdit = role === 'owner' || role === 'practitioner';
  const captionId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const own = me.practice.professions;
  const rules = settings.rules.filter((rule) => rule.professions.some((p) => own.includes(p)));
  const edited = rules.find((rule) => rule.id === editing);
  const fixed = (rule: RetentionRuleView) =>
    rule.limits.minMonths === rule.limits.maxMonths && rule.limits.minDays === rule.limits.maxDays;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="durees-titre">
      <Title order={2} size="h3" id="durees-titre" mb="xs">
        Durées appliquées par le cabinet
      </Title>
      <Text size="sm" mb="md">
        {canEdit
          ? 'Les durées par défaut viennent des textes cités. Vous pouvez en adapter certaines, dans les limites indiquées ; chaque changement est inscrit au journal.'
          : 'Les durées par défaut viennent des textes cités. Seuls le titulaire et les praticiens peuvent les adapter.'}{' '}
        Référentiel du {settings.version}.
      </Text>
      <Text size="sm" mb="md">
        Forme d’exercice : {settings.legalForm.label}
        {settings.legalForm.chosen ? '' : ' (déduite du type de structure)'}. Elle fixe la durée des pièces comptables ;
        le titulaire la change sur la page{' '}
        <Anchor component={Link} to="/cabinet#exercice" underline="always" inherit>
          « Cabinet »
        </Anchor>
        .
      </Text>
      <Stack gap="md">
        <Text size="sm" fw={600} id={captionId}>
          {rules.length} règles pour les professions du cabinet
        </Text>
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" aria-labelledby={captionId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Document</Table.Th>
                <Table.Th scope="col">Durée par défaut</Table.Th>
                <Table.Th scope="col">Durée du cabinet</Table.Th>
                <Table.Th scope="col">Source</Table.Th>
                {canEdit && <Table.Th scope="col">Modifier</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((rule) => (
                <Table.Tr key={rule.id}>
                  <Table.Th scope="row" fw={500}>
                    {rule.label}
                    <Text size="xs" c="dimmed" fw={400}>
                      à compter de {rule.referenceLabel}
                    </Text>
                    {rule.uncertain && (
                      <Badge color="gray.8" variant="filled" tt="none" radius="sm" mt={4}>
                        Durée indicative
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{durationsText(rule.defaults)}</Table.Td>
                  <Table.Td>{rule.overridden ? durationsText(rule.current) : 'Par défaut'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{rule.citation}</Text>
                    {rule.note && (
                      <Text size="xs" c="dimmed">
                        {rule.note}
                      </Text>
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {fixed(rule) ? (
                        <Text size="sm">Fixée par les textes</Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => {
                            setEditing(rule.id);
                            setSaved(null);
                          }}
                          aria-label={`Modifier la durée : ${rule.label}`}
                        >
                          Modifier
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {saved && (
          <Text size="sm" role="status">
            {saved}
          </Text>
        )}
        {canEdit && edited && (
          <RuleDurationForm
            key={edited.id}
            rule={edited}
            settings={settings}
            onDone={(message) => {
              setEditing(null);
              setSaved(message);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
