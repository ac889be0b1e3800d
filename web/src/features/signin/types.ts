/** GET /api/v1/setup: whether the first-run wizard must run before anyone can sign in. */
export interface SetupStatus {
  needed: boolean;
  codeRequired: boolean;
}

/** What accepting an invitation or a reset link returns: the account's e-mail, to prefill sign-in. */
export interface Accepted {
  email: string;
}
