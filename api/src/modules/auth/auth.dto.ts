export interface TokenRequest {
  grantType: 'password' | 'client_credentials' | 'refresh_token' | 'invitation';
  /** Agent e-mail (grantType password). */
  email?: string;
  password?: string;
  /** API client id and secret (grantType client_credentials). */
  clientId?: string;
  clientSecret?: string;
  /**
   * grantType invitation: the token of the invitation e-mail. The agent chooses `password` (12
   * characters or more, with a digit, an upper-case letter and a symbol) and is signed in.
   */
  invitationToken?: string;
  /** grantType refresh_token. Omitted by the admin UI: the httpOnly session cookie is used instead. */
  refreshToken?: string;
  /**
   * Browser session (admin UI): the refresh token is set as an httpOnly, SameSite=Strict cookie
   * scoped to /api/v1/auth instead of being returned in the body, so page scripts never see it.
   */
  session?: boolean;
}

export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds. */
  expiresIn: number;
  /** Only for agents; rotated on each use. */
  refreshToken?: string;
}

export interface MeOrganisation {
  id: string;
  name: string;
  territoireId: string;
  role: 'admin' | 'basic' | 'intervenant';
}

export interface MeResponse {
  kind: 'agent' | 'api_client';
  id: string;
  firstName?: string;
  lastName?: string;
  email?: string | null;
  organisations: MeOrganisation[];
  territoires: { id: string; name: string; departementNumber: string; timezone: string }[];
  scopes?: string[];
}
