import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireAuth } from './auth.tsx';
import { ErrorPage } from './ErrorPage.tsx';
import { registry } from './features.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

// The guide's section travels with the route, for the page header's « Aide » link.
const routesOf = (open: boolean) =>
  registry.features.flatMap((feature) =>
    feature.routes
      .filter((route) => !!route.open === open)
      .map(({ path, Component, help }) => ({ path, Component, handle: { help } })),
  );

const router = createBrowserRouter([
  {
    Component: PublicLayout,
    ErrorBoundary: ErrorPage,
    children: registry.features.flatMap((feature) => feature.publicRoutes ?? []),
  },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    ErrorBoundary: ErrorPage,
    children: [...routesOf(false), { path: '*', Component: NotFoundPage }],
  },
  {
    // The guide and the glossary: in the application once signed in, in the sign-in pages' layout before.
    element: (
      <RequireAuth visitor={<PublicLayout />}>
        <Layout />
      </RequireAuth>
    ),
    ErrorBoundary: ErrorPage,
    children: routesOf(true),
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
