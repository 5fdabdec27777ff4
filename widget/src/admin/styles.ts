import { css } from 'lit';

/**
 * Admin-only styles, on top of the shared ui/styles (buttons, fields, alerts, focus ring).
 * Wider layout, tables, selects and textareas, dialogs; down to a portrait tablet (768 px)
 * and usable narrower. Only private --_* properties from theme/tokens.
 */
export const adminStyles = css`
.root{max-width:none;padding:0}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 var(--_space)}
h1:focus{outline-offset:4px}
h2{margin-top:calc(var(--_space)*1.5)}
select,textarea{display:block;width:100%;min-height:2.75rem;margin-top:.25rem;padding:.5rem .75rem;font:inherit;color:var(--_text);background:var(--_bg);border:1px solid currentColor;border-radius:var(--_radius)}
textarea{min-height:6rem;resize:vertical}
select[aria-invalid=true],textarea[aria-invalid=true]{border:2px solid var(--_error)}
input[type=color],.field input[type=color]{display:block;width:4rem;height:2.75rem;padding:.125rem;margin-top:.25rem;border:1px solid currentColor;border-radius:var(--_radius);background:var(--_bg)}
input[type=time],input[type=date],input[type=number]{max-width:14rem}
.hint{color:var(--_text)}
.check .hint{display:block}
.check-hint{margin:-.5rem 0 .75rem 2rem;font-size:.875rem}
fieldset.group{border:1px solid var(--_border);border-radius:var(--_radius);padding:.75rem 1rem;margin:0 0 var(--_space)}
fieldset.group>legend{font-size:1rem;padding:0 .25rem;margin:0}
fieldset.group>.hint{margin:0 0 .5rem}
.inline{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-end}
.inline>.field{flex:0 1 14rem}
.inline.wide>.field:first-child{flex:1 1 20rem}
.cols{display:grid;gap:0 2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr))}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 var(--_space)}
.toolbar .grow{flex:1 1 auto}
.toolbar .field{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:var(--_space) 0}
a.btn{text-decoration:none;text-align:center}
a.btn.primary{background:var(--_primary);color:var(--_on-primary)}
button.danger{border-color:var(--_error);color:var(--_error)}
button.link{border:0;min-height:auto;min-width:auto;padding:0;background:none;text-decoration:underline;color:var(--_primary)}
table{width:100%;border-collapse:collapse;margin:0 0 var(--_space)}
caption{text-align:start;font-weight:700;margin-bottom:.5rem}
th,td{text-align:start;vertical-align:top;padding:.5rem;border-bottom:1px solid var(--_border)}
th{font-weight:700}
td .actions{margin:0}
.swatch{display:inline-block;width:.875rem;height:.875rem;border-radius:50%;margin-inline-end:.5rem;vertical-align:middle;border:1px solid var(--_text)}
.tag{display:inline-block;font-size:.875rem;border:1px solid currentColor;border-radius:1rem;padding:0 .5rem;margin:0 .25rem .25rem 0}
.inline-choices>.field{display:inline-flex;flex-direction:column;margin:0 1.25rem 0 0}
.tabs{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 var(--_space)}
.card{border:1px solid var(--_border);border-radius:var(--_radius);padding:.75rem 1rem;background:var(--_bg)}
.list{display:grid;gap:.5rem}
.card h2{margin-top:0}
.summary{font-weight:700}
.warning{border-inline-start:4px solid var(--_error)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.meta dd{margin:0}
dialog{border:2px solid var(--_text);border-radius:var(--_radius);padding:var(--_space);max-width:min(40rem,calc(100vw - 2rem));width:100%;color:var(--_text);background:var(--_bg)}
dialog::backdrop{background:rgb(0 0 0 / .5)}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.875rem}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--_alt);border:1px solid var(--_border);padding:.75rem;border-radius:var(--_radius)}
.empty{font-style:italic}
@media (prefers-reduced-motion:no-preference){dialog{animation:none}}
@media (forced-colors:active){select,textarea,.card,dialog{border-color:CanvasText}}
`;
