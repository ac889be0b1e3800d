import { Anchor, AppShell, Box, Container, Group, Text } from '@mantine/core';
import { NavLink, Outlet } from 'react-router';
import { registry } from './features.ts';
import classes from './Layout.module.css';
import { Logo } from './Logo.tsx';

export function Layout() {
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a className={classes.skip} href="#contenu">
        Aller au contenu
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={NavLink} to="/" underline="never" c="inherit" aria-label="Hygie, accueil">
              <Group gap="xs" wrap="nowrap">
                <Logo />
                <Text fw={700} size="lg">
                  Hygie
                </Text>
              </Group>
            </Anchor>
            {registry.nav.length > 1 && (
              <Box component="nav" aria-label="Navigation principale">
                <Group gap="md">
                  {registry.nav.map((entry) => (
                    <Anchor key={entry.path} component={NavLink} to={entry.path}>
                      {entry.label}
                    </Anchor>
                  ))}
                </Group>
              </Box>
            )}
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="contenu" tabIndex={-1}>
        <Container size="lg">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
