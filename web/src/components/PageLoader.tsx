import { Center, Loader } from '@mantine/core';

/** Shown for the instant a page's code is being fetched. */
export function PageLoader() {
  return (
    <Center h={200}>
      <Loader aria-label="Chargement de la page" />
    </Center>
  );
}
