/** Define a custom element once (the script may be included twice on a page). */
export const define = (name: string, ctor: CustomElementConstructor) =>
  customElements.get(name) || customElements.define(name, ctor);
