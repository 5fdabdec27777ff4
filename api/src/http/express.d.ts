import type { Principal } from './principal.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by the tsoa authentication module on secured routes. */
      user?: Principal;
    }
  }
}
export {};
