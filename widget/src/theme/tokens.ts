import { css } from 'lit';

/**
 * Public `--creneau-*` custom properties are read once into private `--_*`
 * ones, falling back to the host's DSFR variables, else to a neutral
 * high-contrast theme that follows the host page's `color-scheme`
 * (system colours Canvas/CanvasText, `light-dark()` where supported).
 * Public properties are never declared here, so they inherit from any ancestor.
 * Field borders use DSFR's --border-plain-grey, not --border-default-grey (#ddd
 * is below the 3:1 contrast WCAG 1.4.11 asks of a field's outline).
 */
export const tokens = css`
:host{display:block;font:inherit;
--_fp:#000091;--_fe:#ce0500;--_fs:#18753c;--_ff:#0a76f6;
--_primary:var(--creneau-color-primary,var(--background-action-high-blue-france,var(--blue-france-sun-113-625,var(--_fp))));
--_on-primary:var(--creneau-color-on-primary,var(--text-inverted-blue-france,Canvas));
--_text:var(--creneau-color-text,var(--text-default-grey,CanvasText));
--_bg:var(--creneau-color-background,var(--background-default-grey,Canvas));
--_alt:var(--creneau-color-background-alt,var(--background-alt-grey,transparent));
--_border:var(--creneau-color-border,var(--border-plain-grey,currentColor));
--_error:var(--creneau-color-error,var(--text-default-error,var(--error-425-625,var(--_fe))));
--_success:var(--creneau-color-success,var(--text-default-success,var(--success-425-625,var(--_fs))));
--_focus:var(--creneau-focus-color,var(--_ff));
--_radius:var(--creneau-radius,.25rem);
--_space:var(--creneau-spacing,1rem);
--_max:var(--creneau-max-width,40rem)}
@supports (color:light-dark(#000,#fff)){:host{--_fp:light-dark(#000091,#8585f6);--_fe:light-dark(#ce0500,#ff5655);--_fs:light-dark(#18753c,#27a658)}}
:host([hidden]){display:none}
`;
