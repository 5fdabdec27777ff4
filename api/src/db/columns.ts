import { randomUUID } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';

/** Shared column builders: every table has an opaque UUID id and creation/update instants. */
const p = defineEntity.properties;

export const idColumn = () => p.uuid().primary().onCreate(() => randomUUID());
export const createdAtColumn = () => p.datetime().onCreate(() => new Date());
export const updatedAtColumn = () =>
  p.datetime().onCreate(() => new Date()).onUpdate(() => new Date());

/** Ids are assigned at creation (not at flush) so audit events and jobs can reference them at once. */
export const newId = () => randomUUID();
