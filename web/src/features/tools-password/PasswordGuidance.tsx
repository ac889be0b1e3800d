import { Accordion, List, Stack, Text } from '@mantine/core';
import { PASSWORD_GUIDANCE } from '../../../../src/features/password-tools/password-guidance.ts';
import { PageSection } from '../../components/PageSection.tsx';

const ROWS = [
  ['secret', 'Le mot de passe'],
  ['mfa', 'Double authentification'],
  ['reuse', 'Jamais réutilisé'],
  ['keep', 'Où le garder'],
] as const;

/** The minimum advice for each use the webinar names, one panel each. */
export function PasswordGuidance() {
  return (
    <PageSection
      id="conseils"
      title="Conseils pour chaque usage"
      intro="Un mot de passe différent pour chaque usage, sans lien avec votre identité, rangé dans un coffre-fort numérique certifié, avec la double authentification quand elle est proposée."
    >
      <Accordion variant="separated" order={3} multiple>
        {PASSWORD_GUIDANCE.map((use) => (
          <Accordion.Item key={use.id} value={use.id}>
            <Accordion.Control>{use.title}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <Text>{use.why}</Text>
                <dl style={{ margin: 0 }}>
                  {ROWS.map(([key, label]) => (
                    <div key={key} style={{ marginBottom: 8 }}>
                      <Text component="dt" fw={650}>
                        {label}
                      </Text>
                      <Text component="dd" m={0}>
                        {use[key]}
                      </Text>
                    </div>
                  ))}
                </dl>
                {use.more.length > 0 && (
                  <List spacing={4}>
                    {use.more.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                )}
                <Text size="sm" c="dimmed">
                  Sources : {use.sources.join(' ; ')}.
                </Text>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </PageSection>
  );
}
