/** RFC 9457 problem details: the only error shape the API answers with. */
export interface FieldError {
  /** Field path in the request, e.g. `endTime` or `usager.phone`. */
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  /** Stable machine code the widget and partners translate. */
  code: string;
  detail?: string;
  errors?: FieldError[];
}

/** An expected failure carrying its HTTP status and stable code. Thrown anywhere, answered by the error handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
  }

  toProblem(): Problem {
    const problem: Problem = { type: `https://creneau.beta.gouv.fr/problemes/${this.code}`, title: this.title, status: this.status, code: this.code };
    if (this.detail) problem.detail = this.detail;
    if (this.errors?.length) problem.errors = this.errors;
    return problem;
  }
}

export const notFound = (what = 'Ressource') =>
  new HttpError(404, 'not_found', 'Introuvable', `${what} introuvable.`);

export const forbidden = (detail = 'Votre rôle ne permet pas cette action.') =>
  new HttpError(403, 'forbidden', 'Action non autorisée', detail);

export const unauthorized = (detail = 'Authentification requise.') =>
  new HttpError(401, 'unauthorized', 'Non authentifié', detail);

export const validationError = (errors: FieldError[]) =>
  new HttpError(422, 'validation_error', 'Données invalides', 'Certains champs sont invalides.', errors);

export const conflict = (code: string, title: string, detail?: string) => new HttpError(409, code, title, detail);

/** Collects field errors and throws one 422 listing all of them. */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }
  check(condition: unknown, field: string, message: string): this {
    if (!condition) this.add(field, message);
    return this;
  }
  throwIfAny(): void {
    if (this.list.length) throw validationError(this.list);
  }
}
