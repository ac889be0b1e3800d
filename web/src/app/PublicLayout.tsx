import { Anchor, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { Suspense, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/PageLoader.tsx';
import { useFirstTerms } from '../features/help/useFirstTerms.ts';
import classes from './Layout.module.css';
import { Logo } from './Logo.tsx';

/**
 * Sign-in, first run and invitation pages, and the guide and glossary for a visitor: one calm
 * column; under it, the way to the guide and the glossary, which need no sign-in.
 */
export function PublicLayout() {
  const page = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // Each glossary word linked where it first appears, « RGPD » spelled out, as in the application.
  useFirstTerms(page, pathname !== '/glossaire');
  return (
    <div className={classes.publicPage}>
      <a className={classes.skip} href="#contenu">
        Aller au contenu
      </a>
      <Container size={640} py="xl">
        <Group gap="xs" mb="lg" justify="center" component="header">
          <Logo size={40} />
          <Text fw={700} fz={28} component="span">
            Hygie
          </Text>
        </Group>
        <Paper
          withBorder
          shadow="sm"
          radius="md"
          p={{ base: 'md', sm: 'xl' }}
          component="main"
          ref={page}
          id="contenu"
          tabIndex={-1}
        >
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Paper>
        <Stack component="footer" gap={4} mt="lg" align="center">
          <Text ta="center" size="sm" c="dimmed">
            L’hygiène informatique et la protection des données des cabinets de santé.
          </Text>
          <Group component="nav" aria-label="Aide" gap="md" justify="center">
            <Anchor component={Link} to="/aide" size="sm" underline="always">
              Le guide d’utilisation
            </Anchor>
            <Anchor component={Link} to="/glossaire" size="sm" underline="always">
              Le lexique
            </Anchor>
            {pathname !== '/connexion' && (
              <Anchor component={Link} to="/connexion" size="sm" underline="always">
                Se connecter
              </Anchor>
            )}
          </Group>
        </Stack>
      </Container>
    </div>
  );
}
