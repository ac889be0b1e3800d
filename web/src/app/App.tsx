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
    children: [
      // The guide's section travels with the route, for the page header's « Aide » link.
      ...registry.features.flatMap((feature) =>
        feature.routes.map(({ path, Component, help }) => ({ path, Component, handle: { help } })),
      ),
      { path: '*', Component: NotFoundPage },
    ],
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
