import { isTransientConflict } from '../db/transaction.js';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ValidateError } from 'tsoa';
import {
  DriverException, ForeignKeyConstraintViolationException, NotFoundError, UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { HttpError, type FieldError } from './problem.js';

export function sendProblem(res: Response, error: HttpError): void {
  res.status(error.status).type('application/problem+json').json(error.toProblem());
}

/** tsoa reports `body.usager.phone`; the contract speaks of `usager.phone`. */
function fieldName(path: string): string {
  return path.replace(/^(body|query|path|header)\.?/, '') || path;
}

function frenchMessage(message: string): string {
  if (/required/i.test(message)) return 'Ce champ est obligatoire.';
  if (/excess property|not permitted|is an excess/i.test(message)) return 'Ce champ n’est pas reconnu.';
  if (/invalid (integer|number|float|double)/i.test(message)) return 'Un nombre est attendu.';
  if (/invalid (string|enum)|should be one of/i.test(message)) return `Valeur non autorisée (${message}).`;
  if (/invalid boolean/i.test(message)) return 'Vrai ou faux attendu.';
  if (/invalid (date|datetime)/i.test(message)) return 'Date invalide.';
  if (/min|max|length|pattern/i.test(message)) return `Valeur invalide (${message}).`;
  return `Valeur invalide (${message}).`;
}

function fromValidateError(error: ValidateError): HttpError {
  const errors: FieldError[] = Object.entries(error.fields).map(([path, detail]) => ({
    field: fieldName(path),
    message: frenchMessage(detail.message),
  }));
  return new HttpError(422, 'validation_error', 'Données invalides', 'Certains champs sont invalides.', errors);
}

/** PostgreSQL SQLSTATE 23P01: the EXCLUDE constraint refused an overlapping booking. */
export function isExclusionViolation(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '23P01' || (error instanceof DriverException && error.code === '23P01');
}

export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof ValidateError) return fromValidateError(error);
  if (isExclusionViolation(error)) {
    return new HttpError(409, 'creneau_indisponible', 'Créneau indisponible', 'Ce créneau vient d’être pris. Choisissez-en un autre.');
  }
  if (isTransientConflict(error)) {
    // Still losing the race after the retries of db/transaction.ts: nothing was written.
    return new HttpError(503, 'conflit_temporaire', 'Trop de demandes simultanées', 'Beaucoup de personnes réservent en même temps. Réessayez dans un instant : rien n’a été enregistré.');
  }
  if (error instanceof UniqueConstraintViolationException) {
    return new HttpError(409, 'conflit', 'Conflit', 'Un élément identique existe déjà.');
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return new HttpError(409, 'reference_utilisee', 'Élément utilisé', 'Cet élément est encore utilisé ailleurs.');
  }
  if (error instanceof NotFoundError) return new HttpError(404, 'not_found', 'Introuvable', 'Ressource introuvable.');
  const status = (error as { status?: number; type?: string })?.status;
  if (status === 400 && (error as { type?: string }).type === 'entity.parse.failed') {
    return new HttpError(400, 'json_invalide', 'Requête illisible', 'Le corps de la requête n’est pas du JSON valide.');
  }
  if (status === 413) return new HttpError(413, 'trop_volumineux', 'Requête trop volumineuse');
  return null;
}

/** The single error handler: every failure leaves as problem+json, never with a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = toHttpError(error);
  if (known) return sendProblem(res, known);
  // Log the error class and message only: request bodies may hold personal data.
  console.error(`[erreur] ${req.method} ${req.path}: ${(error as Error)?.name}: ${(error as Error)?.message}`);
  if ((error as Error)?.stack && process.env.NODE_ENV !== 'production') console.error((error as Error).stack);
  sendProblem(res, new HttpError(500, 'erreur_interne', 'Erreur interne', 'Une erreur inattendue est survenue. Réessayez dans un instant.'));
};

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, new HttpError(404, 'route_inconnue', 'Introuvable', `Aucune ressource à l’adresse ${req.method} ${req.path}.`));
};
