import type { Request } from 'express';
import type { IocContainer } from '@tsoa/runtime';
import type { AppContext } from './context.js';

/** tsoa builds each controller with the application context of the app that received the request. */
export const iocContainer = (req: Request): IocContainer => ({
  get(controller: unknown) {
    const Ctor = controller as new (ctx: AppContext) => unknown;
    return new Ctor(req.app.locals.ctx as AppContext);
  },
} as IocContainer);
