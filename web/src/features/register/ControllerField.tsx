import { NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { FIELDS } from './field-help.ts';
import { LinesField } from './LinesField.tsx';
import type { ActivityBody, RegisterList } from './register-api.ts';

type Controller = ActivityBody['controller'];

/** The practice, one named practitioner, or joint controllers with their names and arrangement. */
export function ControllerField({
  value,
  onChange,
  practitioners,
  error,
}: {
  value: Controller;
  onChange: (controller: Controller) => void;
  practitioners: RegisterList['practitioners'];
  error?: string | undefined;
}) {
  const choose = (kind: string) => {
    if (kind === 'practitioner') onChange({ kind, userId: practitioners[0]?.id ?? '' });
    else if (kind === 'joint') onChange({ kind, coControllers: [], arrangement: null });
    else onChange({ kind: 'practice' });
  };
  return (
    <Stack gap="sm">
      <Radio.Group
        label={FIELDS.controller.label}
        description={FIELDS.controller.help}
        value={value.kind}
        onChange={choose}
        error={error}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="practice" label="Le cabinet" />
          <Radio value="practitioner" label="Un praticien, pour ses propres patients" />
          <Radio value="joint" label="Des responsables conjoints" />
        </Stack>
      </Radio.Group>
      {value.kind === 'practitioner' && (
        <NativeSelect
          label="Praticien responsable"
          value={value.userId}
          onChange={(event) => onChange({ kind: 'practitioner', userId: event.currentTarget.value })}
          data={practitioners.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      {value.kind === 'joint' && (
        <>
          <LinesField
            label="Responsables conjoints"
            description="Le nom de chaque responsable, un par ligne (praticiens, société de la maison de santé…)."
            value={value.coControllers}
            onChange={(coControllers) => onChange({ ...value, coControllers })}
          />
          <TextInput
            label="Accord entre responsables (facultatif)"
            description="Par exemple la convention ou la charte qui répartit leurs rôles."
            value={value.arrangement ?? ''}
            onChange={(event) => onChange({ ...value, arrangement: event.currentTarget.value || null })}
          />
        </>
      )}
    </Stack>
  );
}
