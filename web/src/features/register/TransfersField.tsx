import { Button, Fieldset, Stack, Text, TextInput } from '@mantine/core';
import { FIELDS } from './field-help.ts';
import type { ActivityBody } from './register-api.ts';

type Transfer = ActivityBody['transfers'][number];

/** Transfers outside the EU, each with its recipient, country and safeguard; none by default. */
export function TransfersField({ value, onChange }: { value: readonly Transfer[]; onChange: (t: Transfer[]) => void }) {
  const set = (index: number, change: Partial<Transfer>) =>
    onChange(value.map((t, i) => (i === index ? { ...t, ...change } : t)));
  return (
    <Stack gap="sm">
      <Text fw={600}>{FIELDS.transfers.label}</Text>
      <Text size="sm" c="dimmed">
        {FIELDS.transfers.help}
      </Text>
      {value.length === 0 && <Text size="sm">Aucun transfert hors de l’Union européenne.</Text>}
      {value.map((transfer, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: transfers have no id; their order is their identity
        <Fieldset key={index} legend={`Transfert n° ${index + 1}`}>
          <Stack gap="xs">
            <TextInput
              label="Destinataire"
              value={transfer.recipient}
              onChange={(e) => set(index, { recipient: e.currentTarget.value })}
            />
            <TextInput
              label="Pays"
              value={transfer.country}
              onChange={(e) => set(index, { country: e.currentTarget.value })}
            />
            <TextInput
              label="Garantie"
              value={transfer.safeguard}
              onChange={(e) => set(index, { safeguard: e.currentTarget.value })}
            />
            <div>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Retirer le transfert n° {index + 1}
              </Button>
            </div>
          </Stack>
        </Fieldset>
      ))}
      <div>
        <Button
          variant="default"
          size="xs"
          onClick={() => onChange([...value, { recipient: '', country: '', safeguard: '' }])}
        >
          Ajouter un transfert hors de l’Union européenne
        </Button>
      </div>
    </Stack>
  );
}
