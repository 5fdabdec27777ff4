import type { AppContext } from '../../context.js';
import { emOf } from '../../context.js';
import { assertId } from '../../http/access.js';
import type { Principal } from '../../http/principal.js';
import { notFound } from '../../http/problem.js';
import { TerritoireSchema, type Territoire } from './territoire.entity.js';
import { toTerritoireDto, type TerritoireDto } from './territoire.dto.js';

/**
 * Only the territoire's admins see it: anyone else (organisation agents, API clients) gets 404,
 * exactly as for a territoire that does not exist.
 */
export function assertTerritoireAdmin(principal: Principal, territoireId: string): void {
  assertId(territoireId, 'Territoire');
  if (principal.kind !== 'agent' || !principal.territoireIds.has(territoireId)) throw notFound('Territoire');
}

export class TerritoiresService {
  constructor(private readonly ctx: AppContext, private readonly principal: Principal) {}

  async find(territoireId: string): Promise<Territoire> {
    assertTerritoireAdmin(this.principal, territoireId);
    const territoire = await emOf(this.ctx).findOne(TerritoireSchema, { id: territoireId });
    if (!territoire) throw notFound('Territoire');
    return territoire;
  }

  async get(territoireId: string): Promise<TerritoireDto> {
    return toTerritoireDto(await this.find(territoireId));
  }
}
