export interface VerificationRequest {
  channel: 'sms' | 'email';
  /** A French mobile number (metropolitan or overseas) or an e-mail address. @maxLength 254 */
  destination: string;
}

export interface VerificationCreated {
  id: string;
  /** The code is valid until then (10 minutes). */
  expiresAt: string;
  /** A new code can be asked after this many seconds. */
  resendAfterSeconds: number;
}
