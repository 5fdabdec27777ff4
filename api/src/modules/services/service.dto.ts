import type { Service } from './service.entity.js';

export interface ServiceDto {
  id: string;
  name: string;
  /** Short name shown in SMS texts, e.g. « PMI ». */
  shortName: string;
}

export interface ServiceList {
  items: ServiceDto[];
}

export const toServiceDto = (s: Service): ServiceDto => ({ id: s.id, name: s.name, shortName: s.shortName });
