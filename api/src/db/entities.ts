/** Every entity schema, in one list for the ORM and the migrator. */
import { TerritoireSchema } from '../modules/territoires/territoire.entity.js';
import { OrganisationSchema } from '../modules/organisations/organisation.entity.js';
import { LieuSchema } from '../modules/lieux/lieu.entity.js';
import { ServiceSchema } from '../modules/services/service.entity.js';
import { MotifSchema } from '../modules/motifs/motif.entity.js';
import { AgentSchema } from '../modules/agents/agent.entity.js';
import { AgentRoleSchema, AgentTerritorialRoleSchema } from '../modules/agents/agent-role.entity.js';
import { PlageOuvertureSchema } from '../modules/plages/plage-ouverture.entity.js';
import { AbsenceSchema } from '../modules/plages/absence.entity.js';
import { UsagerProfileSchema, UsagerSchema } from '../modules/usagers/usager.entity.js';
import { AgentRdvSchema, ParticipationSchema, RdvSchema } from '../modules/rdvs/rdv.entity.js';
import { AuditEventSchema } from '../modules/audit/audit-event.entity.js';
import { RefreshTokenSchema } from '../modules/auth/refresh-token.entity.js';
import { ApiClientSchema } from '../modules/api-clients/api-client.entity.js';
import { IdempotencyRecordSchema, VerificationSchema } from '../modules/verifications/verification.entity.js';
import { DevOutboxMessageSchema, ReceiptSchema } from '../modules/notifications/receipt.entity.js';
import { FileAttenteSchema } from '../modules/file-attente/file-attente.entity.js';
import { WebhookEndpointSchema } from '../modules/webhooks/webhook-endpoint.entity.js';

export const entities = [
  TerritoireSchema, OrganisationSchema, LieuSchema, ServiceSchema, MotifSchema, AgentSchema, AgentRoleSchema,
  AgentTerritorialRoleSchema, PlageOuvertureSchema, AbsenceSchema, UsagerSchema, UsagerProfileSchema, RdvSchema,
  AgentRdvSchema, ParticipationSchema, AuditEventSchema, RefreshTokenSchema, ApiClientSchema, VerificationSchema,
  IdempotencyRecordSchema, ReceiptSchema, DevOutboxMessageSchema, FileAttenteSchema, WebhookEndpointSchema,
];
