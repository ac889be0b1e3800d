import { Button, Group, Stepper } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { LoginResult, Me } from '../../api/types.ts';
import { useSignedIn } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OwnerStep } from './OwnerStep.tsx';
import { PracticeStep } from './PracticeStep.tsx';
import { SecurityStep } from './SecurityStep.tsx';
import classes from './SetupWizard.module.css';
import { StepHeading } from './StepHeading.tsx';
import { setupFieldError } from './setup-errors.ts';
import {
  EMPTY_FORM,
  EXTRA_FIELDS,
  type FormErrors,
  type SetupField,
  type SetupForm,
  stepOf,
  toSetupBody,
  validateOwner,
  validatePractice,
} from './setup-form.ts';

/** Moves the focus to the first field the person must correct, once it is on screen. */
function useFocusFirstInvalid(attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const timer = setTimeout(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus(), 250);
    return () => clearTimeout(timer);
  }, [attempt]);
}

/** The three steps: the practice, the owner's account (then the practice is created), security. */
export function SetupWizard({ codeRequired, onCreated }: { codeRequired: boolean; onCreated(): void }) {
  const signedIn = useSignedIn();
  const [form, setForm] = useState<SetupForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const [active, setActive] = useState(0);
  const [moved, setMoved] = useState(false);
  const [extrasOpen, setExtrasOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [me, setMe] = useState<Me | null>(null);
  useFocusFirstInvalid(attempt);

  const goTo = (step: number) => {
    setActive(step);
    setMoved(true);
  };
  const showErrors = (found: FormErrors) => {
    const fields = Object.keys(found) as SetupField[];
    setErrors(found);
    if (fields.some((field) => EXTRA_FIELDS.includes(field))) setExtrasOpen(true);
    const step = Math.min(...fields.map(stepOf));
    if (step !== active) goTo(step);
    setAttempt((n) => n + 1);
  };
  const onChange = (patch: Partial<SetupForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))));
  };

  const setup = useMutation({
    mutationFn: () =>
      api<LoginResult>('/v1/setup', { method: 'POST', body: toSetupBody(form, codeRequired), quiet401: true }),
    onSuccess: (result) => {
      if (result.status !== 'authenticated') return;
      signedIn(result.me);
      setMe(result.me);
      onCreated();
      goTo(2);
    },
    onError: (error) => {
      const hit = setupFieldError(error);
      if (hit) showErrors({ [hit.field]: hit.message });
    },
  });

  const submitPractice = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePractice(form);
    if (Object.keys(found).length > 0) showErrors(found);
    else goTo(1);
  };
  const submitOwner = (event: FormEvent) => {
    event.preventDefault();
    const found = validateOwner(form, codeRequired);
    if (Object.keys(found).length > 0) showErrors(found);
    else setup.mutate();
  };
  const current = (step: number) => (active === step ? ('step' as const) : undefined);

  return (
    <Stepper
      active={active}
      onStepClick={me ? undefined : (step) => step < active && goTo(step)}
      allowNextStepsSelect={false}
      size="sm"
      classNames={{ step: classes.step, stepBody: classes.stepBody }}
    >
      <Stepper.Step label="Votre cabinet" aria-current={current(0)}>
        <form noValidate onSubmit={submitPractice}>
          <StepHeading focus={moved}>Votre cabinet</StepHeading>
          <PracticeStep
            form={form}
            errors={errors}
            onChange={onChange}
            extrasOpen={extrasOpen}
            onExtrasOpen={setExtrasOpen}
          />
          <Group justify="flex-end" mt="xl">
            <Button type="submit">Continuer</Button>
          </Group>
        </form>
      </Stepper.Step>
      <Stepper.Step label="Votre compte" aria-current={current(1)}>
        <form noValidate onSubmit={submitOwner}>
          <StepHeading focus={moved}>Votre compte de titulaire</StepHeading>
          {setup.error && !setupFieldError(setup.error) && <ErrorAlert error={setup.error} />}
          <OwnerStep form={form} errors={errors} onChange={onChange} codeRequired={codeRequired} />
          <Group justify="space-between" mt="xl">
            <Button variant="default" onClick={() => goTo(0)}>
              Revenir au cabinet
            </Button>
            <Button type="submit" loading={setup.isPending}>
              Créer le cabinet
            </Button>
          </Group>
        </form>
      </Stepper.Step>
      <Stepper.Step label="Sécurité" aria-current={current(2)}>
        <StepHeading focus={moved}>Sécurité</StepHeading>
        {me && <SecurityStep me={me} />}
      </Stepper.Step>
    </Stepper>
  );
}
