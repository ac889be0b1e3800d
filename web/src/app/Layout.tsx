import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink as MantineNavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { ROLE_LABELS } from '../api/types.ts';
import { PageLoader } from '../components/PageLoader.tsx';
import { PageTerms } from '../features/help/PageTerms.tsx';
import { useFirstTerms } from '../features/help/useFirstTerms.ts';
import { IncidentButton } from '../features/incidents/IncidentButton.tsx';
import { useAuth } from './auth.tsx';
import { registry } from './features.ts';
import classes from './Layout.module.css';
import { Logo } from './Logo.tsx';
import { SessionTimer } from './SessionTimer.tsx';

/** The signed-in application: header with the practice and the person, menu by role, content. */
export function Layout() {
  const { me, signOut } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const page = useRef<HTMLDivElement>(null);
  // Each glossary word linked where it first appears, « RGPD » spelled out (the glossary explains its words itself).
  useFirstTerms(page, location.pathname !== '/glossaire');
  // A practitioner working alone rarely manages a team: « Utilisateurs » comes last.
  const menu = registry.menuFor(me.user.role, { alone: me.practice.structureType === 'solo' });
  const isActive = (path: string) =>
    path === '/' ? location.pathname === '/' : location.pathname === path || location.pathname.startsWith(`${path}/`);
  // The practice requires a second factor and this person has none: their account page first.
  if (me.practice.mfaRequired && !me.user.mfaEnabled && location.pathname !== '/mon-compte') {
    return <Navigate to="/mon-compte#double-authentification" replace />;
  }
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className={classes.skip} href="#contenu">
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Fermer le menu' : 'Ouvrir le menu'}
            />
            <UnstyledButton component={NavLink} to="/" aria-label="Hygie, accueil">
              <Group gap="xs" wrap="nowrap">
                <Logo />
                <Text fw={700} size="lg">
                  Hygie
                </Text>
              </Group>
            </UnstyledButton>
            <Text c="dimmed" visibleFrom="md" truncate maw={320}>
              {me.practice.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <IncidentButton />
            <Text size="sm" visibleFrom="sm">
              {me.user.name} · {ROLE_LABELS[me.user.role]}
            </Text>
            <Button variant="default" size="xs" visibleFrom="sm" onClick={() => void signOut()}>
              Se déconnecter
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label="Navigation principale">
        {/* The menu scrolls on its own when it is taller than the window. */}
        <AppShell.Section grow component={ScrollArea} type="auto">
          <Stack gap="xs">
            {menu.map((section) => (
              <Stack
                key={section.id}
                gap={2}
                component="section"
                aria-labelledby={section.heading && `menu-${section.id}`}
              >
                {section.heading && (
                  <Text
                    id={`menu-${section.id}`}
                    component="h2"
                    size="xs"
                    fw={700}
                    c="gray.7"
                    tt="uppercase"
                    px="sm"
                    mt="xs"
                  >
                    {section.heading}
                  </Text>
                )}
                {section.entries.map((entry) => (
                  <MantineNavLink
                    key={entry.path}
                    component={NavLink}
                    to={entry.path}
                    label={entry.label}
                    active={isActive(entry.path)}
                    onClick={close}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" pt="sm">
          <Text size="sm" mb="xs">
            {me.user.name} · {ROLE_LABELS[me.user.role]}
          </Text>
          <Button variant="default" size="xs" onClick={() => void signOut()}>
            Se déconnecter
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="contenu" tabIndex={-1}>
        <div ref={page} data-page-content="">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </div>
        {/* The glossary explains its words itself. */}
        {location.pathname !== '/glossaire' && <PageTerms key={location.pathname} page={page} />}
      </AppShell.Main>
      <SessionTimer />
    </AppShell>
  );
}
