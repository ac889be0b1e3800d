import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { ErrorAlert, fieldError, formError } from '../../../components/ErrorAlert.tsx';
import { type CreatedToken, TOKENS_KEY } from '../account-types.ts';

/** Name and validity of a new API token; hands the token (shown once) to the parent. */
export function TokenCreateForm({ onCreated }: { onCreated(token: CreatedToken): void }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(90);
  const [local, setLocal] = useState<{ name?: string; days?: string }>({});
  const create = useMutation({
    mutationFn: () =>
      api<CreatedToken>('/v1/me/tokens', { method: 'POST', body: { name: name.trim(), expiresInDays: Number(days) } }),
    onSuccess: (token) => {
      setName('');
      setDays(90);
      onCreated(token);
      void client.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = Number(days);
    const found = {
      ...(name.trim() ? {} : { name: 'Donnez un nom au jeton.' }),
      ...(Number.isInteger(value) && value >= 1 && value <= 365 ? {} : { days: 'Choisissez entre 1 et 365 jours.' }),
    };
    setLocal(found);
    if (Object.keys(found).length > 0) create.reset();
    else create.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={480}>
        <ErrorAlert error={formError(create.error, ['name', 'expiresInDays'])} />
        <TextInput
          label="Nom du jeton"
          description="Par exemple le nom du logiciel qui l’utilisera, pour le reconnaître plus tard."
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={local.name ?? fieldError(create.error, 'name')}
        />
        <NumberInput
          label="Durée de validité (en jours)"
          description="De 1 à 365 jours. Le jeton cesse ensuite de fonctionner."
          required
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          value={days}
          onChange={setDays}
          error={local.days ?? fieldError(create.error, 'expiresInDays')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Créer le jeton
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
