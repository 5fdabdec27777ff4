import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { ServiceSchema } from './service.entity.js';
import { toServiceDto, type ServiceDto } from './service.dto.js';

/** The global service catalogue (reference §1.5): the same for every territoire and organisation. */
export class ServicesService {
  constructor(private readonly ctx: AppContext) {}

  async list(): Promise<ServiceDto[]> {
    const services = await emOf(this.ctx).find(ServiceSchema, {}, { orderBy: { name: 'asc' } });
    return services.map(toServiceDto);
  }
}
