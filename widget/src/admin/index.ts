/**
 * Entry of the admin bundle (dist/admin/creneau-admin.js), served by the API at /admin as
 * `<creneau-admin api="">` under a strict CSP (script-src 'self': no inline script, no eval).
 * Never shipped to usagers: the public widget is a separate bundle.
 */
import { define } from '../ui/define.js';
import { CreneauAdmin } from './creneau-admin.js';

define('creneau-admin', CreneauAdmin);

export { CreneauAdmin };

declare global {
  interface HTMLElementTagNameMap {
    'creneau-admin': CreneauAdmin;
  }
}
