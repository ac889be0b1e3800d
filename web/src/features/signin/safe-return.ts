/**
 * Where to go after signing in: the `?retour=` page when it is a path of this site, else the home
 * page. `//host` and `/\host` would leave the site, and the sign-in page itself would loop.
 */
export function safeReturnPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/connexion' || value.startsWith('/connexion?')) return '/';
  return value;
}
