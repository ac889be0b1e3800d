import { Alert, Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The link did its job: say so, and lead to the sign-in page with the e-mail already filled in. */
export function AcceptedAlert({ title, email, children }: { title: string; email: string; children: ReactNode }) {
  return (
    <Stack gap="md">
      <Alert color="hygie" variant="outline" title={title} role="status">
        {children}
      </Alert>
      <Button component={Link} to={`/connexion?email=${encodeURIComponent(email)}`} size="md" w="fit-content">
        Se connecter
      </Button>
    </Stack>
  );
}
