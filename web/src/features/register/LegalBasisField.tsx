import { Checkbox, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { ARTICLE_6_LABELS, ARTICLE_9_LABELS } from '../../../../src/features/register/legal-basis.ts';
import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  type Article6Basis,
  type Article9Condition,
} from '../../../../src/features/register/register.types.ts';
import { FIELDS } from './field-help.ts';
import type { ActivityBody } from './register-api.ts';

type LegalBasis = ActivityBody['legalBasis'];

/** The art. 6 bases (checkboxes), the art. 9 condition for health data, and a plain explanation. */
export function LegalBasisField({
  value,
  onChange,
  error,
}: {
  value: LegalBasis;
  onChange: (basis: LegalBasis) => void;
  error?: string | undefined;
}) {
  return (
    <Stack gap="sm">
      <Text fw={600}>{FIELDS.legalBasis.label}</Text>
      <Text size="sm" c="dimmed">
        {FIELDS.legalBasis.help}
      </Text>
      <Checkbox.Group
        label="Base légale (article 6 du RGPD)"
        value={value.article6}
        onChange={(letters) => onChange({ ...value, article6: letters as Article6Basis[] })}
        error={error}
      >
        <Stack gap="xs" mt="xs">
          {ARTICLE_6_BASES.map((letter) => (
            <Checkbox key={letter} value={letter} label={`${ARTICLE_6_LABELS[letter]} (art. 6.1.${letter})`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <NativeSelect
        label="Condition pour les données de santé (article 9 du RGPD)"
        description="Pour les soins : « Médecine et soins » (art. 9.2.h). Aucune s’il n’y a pas de données de santé."
        value={value.article9 ?? ''}
        onChange={(event) =>
          onChange({ ...value, article9: (event.currentTarget.value || null) as Article9Condition | null })
        }
        data={[
          { value: '', label: 'Aucune (pas de données de santé)' },
          ...ARTICLE_9_CONDITIONS.map((letter) => ({
            value: letter,
            label: `${ARTICLE_9_LABELS[letter]} (art. 9.2.${letter})`,
          })),
        ]}
      />
      <Textarea
        label="Explication (facultatif)"
        description="En quelques mots, pourquoi cette base légale s’applique."
        value={value.detail ?? ''}
        autosize
        minRows={2}
        onChange={(event) => onChange({ ...value, detail: event.currentTarget.value })}
      />
    </Stack>
  );
}
