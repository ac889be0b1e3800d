import { Anchor, Container, Group, Paper, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../components/PageLoader.tsx';
import classes from './Layout.module.css';
import { Logo } from './Logo.tsx';

/** Sign-in, first run and invitation pages: one calm column, nothing else to click. */
export function PublicLayout() {
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
          id="contenu"
          tabIndex={-1}
        >
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Paper>
        <Text ta="center" size="sm" mt="lg" c="dimmed" component="footer">
          L’hygiène informatique et la conformité RGPD des cabinets de santé.{' '}
          <Anchor component={Link} to="/connexion" size="sm" underline="always">
            Se connecter
          </Anchor>
        </Text>
      </Container>
    </div>
  );
}
