import { Group, List, Text, ThemeIcon } from '@mantine/core';
import type { ProcessorWarning } from '../../../../src/features/processors/processor.ts';

/** A warning triangle (danger) or an exclamation mark in a circle (warning): decorative, the text says it all. */
function WarningIcon({ level }: { level: ProcessorWarning['level'] }) {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.4}
      aria-hidden="true"
      focusable="false"
    >
      {level === 'danger' ? (
        <>
          <path d="M12 3 2 20h20L12 3Z" />
          <path d="M12 10v4M12 17h.01" />
        </>
      ) : (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v6M12 16.5h.01" />
        </>
      )}
    </svg>
  );
}

/** The processor's warnings, each with an icon and its plain-French text (never colour alone). */
export function WarningList({ warnings }: { warnings: ProcessorWarning[] }) {
  if (warnings.length === 0) {
    return (
      <Text size="sm" fw={600} c="teal.9">
        Rien à signaler : certificat, lieu d’hébergement et contrat sont en ordre.
      </Text>
    );
  }
  return (
    <List spacing="xs" listStyleType="none" p={0}>
      {warnings.map((warning) => (
        <List.Item key={warning.code}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon
              size="sm"
              radius="xl"
              variant="filled"
              color={warning.level === 'danger' ? 'red.9' : 'orange.9'}
              mt={2}
              style={{ flexShrink: 0 }}
            >
              <WarningIcon level={warning.level} />
            </ThemeIcon>
            <Text size="sm">
              <Text span fw={700}>
                {warning.level === 'danger' ? 'À corriger : ' : 'À vérifier : '}
              </Text>
              {warning.message}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
