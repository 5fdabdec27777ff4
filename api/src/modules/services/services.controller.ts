import { Controller, Get, Response, Route, Security, Tags } from 'tsoa';
import type { AppContext } from '../../context.js';
import type { Problem } from '../../http/problem.js';
import type { ServiceList } from './service.dto.js';
import { ServicesService } from './services.service.js';

@Route('services')
@Tags('Services')
@Security('bearer', ['config:read'])
@Response<Problem>(401, 'Non authentifié')
export class ServicesController extends Controller {
  constructor(private readonly ctx: AppContext) {
    super();
  }

  /**
   * Le catalogue national des services (PMI, Service social…), commun à tous les territoires :
   * les motifs et les agents y sont rattachés.
   * @summary Lister les services
   */
  @Get()
  public async list(): Promise<ServiceList> {
    return { items: await new ServicesService(this.ctx).list() };
  }
}
