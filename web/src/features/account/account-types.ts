/** What the account API returns (see src/features/accounts/account.schema.ts and mfa.schema.ts). */
export interface MfaStatus {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

export interface MfaSetup {
  secret: string;
  otpauthUri: string;
  /** An SVG data: URL of the QR code. */
  qrCode: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedToken {
  token: string;
  id: string;
  name: string;
  prefix: string;
  expiresAt: string;
}

export interface OpenSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  current: boolean;
}

export const MFA_KEY = ['me', 'mfa'] as const;
export const TOKENS_KEY = ['me', 'tokens'] as const;
export const SESSIONS_KEY = ['me', 'sessions'] as const;

const TIME_ZONE = 'Europe/Paris';

/** "12/05/2025": a date as people read it in France. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('fr-FR', { timeZone: TIME_ZONE });
}

/** "12/05/2025 à 14:32". */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString('fr-FR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  return `${formatDate(iso)} à ${time}`;
}
