import { css } from 'lit';

/**
 * Shared styles of the booking and admin elements. Steps render into the root's
 * shadow root (no nested shadow roots), so these rules reach every step, ids
 * and aria-describedby work across the whole form, and `::part` needs no
 * `exportparts`. Only private `--_*` properties are used here (see theme/tokens).
 */
export const styles = css`
*,::before,::after{box-sizing:border-box}
.root{background:var(--_bg);color:var(--_text);font-family:var(--creneau-font-family,inherit);line-height:1.5;max-width:var(--_max);padding:var(--_space);border-radius:var(--_radius);overflow-wrap:anywhere}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
h2{font-size:1.375rem;line-height:1.3;margin:0 0 var(--_space)}
h3,legend{font-size:1.125rem;font-weight:700;margin:var(--_space) 0 .5rem;padding:0}
p{margin:0 0 var(--_space)}
.muted{font-size:.875rem}
ul{list-style:none;margin:0 0 var(--_space);padding:0;display:grid;gap:.5rem}
.days{grid-template-columns:repeat(auto-fill,minmax(min(100%,12rem),1fr))}
.times{grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr))}
form{margin:0 0 var(--_space)}
fieldset{border:0;margin:0 0 var(--_space);padding:0;min-width:0}
a{color:var(--_primary)}
button,.btn{font:inherit;min-height:2.75rem;min-width:2.75rem;padding:.5rem 1rem;border:2px solid var(--_primary);border-radius:var(--_radius);background:var(--_bg);color:var(--_primary);cursor:pointer;text-align:start}
.btn{display:inline-block}
button.primary,button[aria-pressed=true]{background:var(--_primary);color:var(--_on-primary)}
[aria-pressed=true] strong::before{content:'✓ '}
button:disabled{opacity:.55;cursor:default}
.times button{width:100%;text-align:center}
.choice{width:100%;display:block;border-width:1px}
.choice strong{display:block}
.row{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 var(--_space)}
.row button{flex:1 1 auto}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
h2:focus{outline-offset:4px}
.field{margin:0 0 var(--_space)}
label{display:block;font-weight:700}
.hint{display:block;font-size:.875rem;font-weight:400}
input:not([type=radio]):not([type=checkbox]){display:block;width:100%;min-height:2.75rem;margin-top:.25rem;padding:.5rem .75rem;font:inherit;color:var(--_text);background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius)}
input[aria-invalid=true]{border:2px solid var(--_error)}
.check{display:flex;align-items:center;gap:.75rem;min-height:2.75rem;font-weight:400}
.check input{width:1.25rem;height:1.25rem;margin:0;flex:none;accent-color:var(--_primary)}
.err{display:block;color:var(--_error);font-weight:700;margin-top:.25rem}
.alert{border-inline-start:4px solid var(--_primary);background:var(--_alt);padding:.75rem 1rem;margin:0 0 var(--_space)}
.alert.error{border-color:var(--_error)}
.alert.ok{border-color:var(--_success)}
.alert p:last-child{margin:0}
dl{margin:0 0 var(--_space)}
dt{font-weight:700}
dd{margin:0 0 .5rem}
.pre{white-space:pre-line}
@media (forced-colors:active){button,input{border-color:ButtonText}}
`;
