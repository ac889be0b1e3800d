import { Radio, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import {
  CARE_SETTING_CHOICES,
  type CareSetting,
  QUESTIONS,
} from '../../../../src/features/accounts/profile-questions.ts';

/** The profile's answers that the documents print: contact details, where care happens, website, cameras. */
export interface ContactValue {
  address: string;
  phone: string;
  email: string;
  website: string;
  careSetting: CareSetting;
  videoSurveillance: boolean;
}

/**
 * The questions the notice, the poster and the register need, worded once
 * (src/features/accounts/profile-questions.ts): the wizard and the practice page both show them.
 */
export function ContactFields({
  value,
  onChange,
  errorOf,
  readOnly = false,
}: {
  value: ContactValue;
  onChange(patch: Partial<ContactValue>): void;
  errorOf(field: keyof ContactValue): string | undefined;
  readOnly?: boolean;
}) {
  const text = (field: 'address' | 'phone' | 'email' | 'website') => ({
    label: QUESTIONS[field].label,
    description: QUESTIONS[field].help,
    value: value[field],
    onChange: (event: { currentTarget: { value: string } }) => onChange({ [field]: event.currentTarget.value }),
    error: errorOf(field),
    readOnly,
  });
  return (
    <Stack gap="md">
      <TextInput {...text('address')} autoComplete="street-address" maxLength={300} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text('phone')} type="tel" autoComplete="tel" maxLength={30} />
        <TextInput {...text('email')} type="email" autoComplete="email" maxLength={254} />
      </SimpleGrid>
      <Radio.Group
        label={QUESTIONS.careSetting.label}
        description={QUESTIONS.careSetting.help}
        value={value.careSetting}
        onChange={(careSetting) => onChange({ careSetting: careSetting as CareSetting })}
        error={errorOf('careSetting')}
        readOnly={readOnly}
      >
        <Stack gap="xs" mt="xs">
          {CARE_SETTING_CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput {...text('website')} inputMode="url" maxLength={300} />
      <Switch
        label={QUESTIONS.videoSurveillance.label}
        description={QUESTIONS.videoSurveillance.help}
        checked={value.videoSurveillance}
        onChange={(event) => onChange({ videoSurveillance: event.currentTarget.checked })}
        error={errorOf('videoSurveillance')}
        readOnly={readOnly}
      />
    </Stack>
  );
}
