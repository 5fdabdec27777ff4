import { Migration } from '@mikro-orm/migrations';

export class Migration20261123093817 extends Migration {

  override async up(): Promise<void> {
    // The no-overlap EXCLUDE constraint on agent_rdv needs btree_gist for the uuid equality part.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create table "agent" ("id" uuid not null, "email" varchar(255) null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "password_hash" varchar(255) null, "invitation_token_hash" varchar(255) null, "invitation_expires_at" timestamptz null, "rdv_notification_level" text check ("rdv_notification_level" in ('all', 'others', 'soon', 'none')) not null default 'others', "plage_notification_level" text check ("plage_notification_level" in ('all', 'none')) not null default 'all', "absence_notification_level" text check ("absence_notification_level" in ('all', 'none')) not null default 'all', "last_sign_in_at" timestamptz null, "deleted_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "agent_pkey" primary key ("id"));`);
    this.addSql(`alter table "agent" add constraint "agent_email_unique" unique ("email");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "actor_type" text check ("actor_type" in ('agent', 'api_client', 'usager', 'system')) not null, "actor_id" uuid null, "organisation_id" uuid null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "action" text check ("action" in ('create', 'update', 'delete')) not null, "changes" jsonb null, "created_at" timestamptz not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_organisation_id_created_at_index" on "audit_event" ("organisation_id", "created_at");`);

    this.addSql(`create table "dev_outbox_message" ("id" uuid not null, "channel" text check ("channel" in ('sms', 'email')) not null, "to" varchar(255) not null, "subject" varchar(255) null, "text" text not null, "html" text null, "attachment_names" text[] not null default '{}', "message_key" varchar(255) not null, "created_at" timestamptz not null, constraint "dev_outbox_message_pkey" primary key ("id"));`);
    this.addSql(`alter table "dev_outbox_message" add constraint "dev_outbox_message_message_key_unique" unique ("message_key");`);

    this.addSql(`create table "idempotency_record" ("id" uuid not null, "scope" varchar(255) not null, "key" varchar(255) not null, "request_hash" varchar(255) not null, "response_status" int not null, "response_body" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_scope_key_unique" unique ("scope", "key");`);

    this.addSql(`create table "receipt" ("id" uuid not null, "rdv_id" uuid null, "usager_id" uuid null, "agent_id" uuid null, "organisation_id" uuid null, "event" text check ("event" in ('rdv_created', 'rdv_updated', 'rdv_cancelled', 'rdv_upcoming_reminder', 'one_time_code', 'new_creneau_available')) not null, "channel" text check ("channel" in ('sms', 'email')) not null, "destination_masked" varchar(255) not null, "result" text check ("result" in ('sent', 'delivered', 'failure')) not null, "attempt" int not null default 1, "provider" varchar(255) not null, "provider_message_id" varchar(255) null, "error_message" text null, "content" text null, "message_key" varchar(255) not null, "anonymised_at" timestamptz null, "created_at" timestamptz not null, constraint "receipt_pkey" primary key ("id"));`);
    this.addSql(`create index "receipt_rdv_id_index" on "receipt" ("rdv_id");`);
    this.addSql(`create index "receipt_message_key_index" on "receipt" ("message_key");`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "agent_id" uuid not null, "token_hash" varchar(255) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "service" ("id" uuid not null, "name" varchar(255) not null, "short_name" varchar(255) not null, constraint "service_pkey" primary key ("id"));`);
    this.addSql(`alter table "service" add constraint "service_name_unique" unique ("name");`);
    this.addSql(`alter table "service" add constraint "service_short_name_unique" unique ("short_name");`);

    this.addSql(`create table "agent_service" ("agent_id" uuid not null, "service_id" uuid not null, constraint "agent_service_pkey" primary key ("agent_id", "service_id"));`);

    this.addSql(`create table "territoire" ("id" uuid not null, "name" varchar(255) not null, "departement_number" varchar(3) not null, "timezone" varchar(255) not null default 'Europe/Paris', "phone" varchar(255) null, "sms_sender" varchar(11) null, "created_at" timestamptz not null, constraint "territoire_pkey" primary key ("id"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "territoire_id" uuid not null, "name" varchar(255) not null, "phone" varchar(255) null, "email" varchar(255) null, "website" varchar(255) null, "horaires" text null, "external_id" varchar(255) null, "allowed_origins" text[] not null default '{}', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_territoire_id_name_unique" unique ("territoire_id", "name");`);

    this.addSql(`create table "motif" ("id" uuid not null, "organisation_id" uuid not null, "service_id" uuid null, "name" varchar(255) not null, "color" varchar(7) not null default '#1d4ed8', "duration_minutes" int not null default 30, "location_type" text check ("location_type" in ('public_office', 'phone', 'home', 'visio')) not null default 'public_office', "bookable_by" text check ("bookable_by" in ('agents', 'agents_and_prescripteurs', 'everyone')) not null default 'agents', "min_booking_delay_minutes" int not null default 30, "max_booking_delay_days" int not null default 91, "visibility_type" text check ("visibility_type" in ('visible_and_notified', 'visible_and_not_notified', 'invisible')) not null default 'visible_and_notified', "sectorisation_level" text check ("sectorisation_level" in ('departement', 'organisation', 'agent')) not null default 'departement', "for_secretariat" boolean not null default false, "follow_up" boolean not null default false, "collectif" boolean not null default false, "instructions_before" text null, "instructions_after" text null, "custom_cancel_warning_message" text null, "cancellable_by_usager" boolean not null default true, "movable_by_usager" boolean not null default true, "cancellation_deadline_minutes" int not null default 240, "move_deadline_minutes" int not null default 2880, "deleted_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "motif_pkey" primary key ("id"));`);

    this.addSql(`create table "lieu" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(255) not null, "address" varchar(255) not null, "phone" varchar(255) null, "latitude" double precision null, "longitude" double precision null, "availability" text check ("availability" in ('enabled', 'disabled', 'single_use')) not null default 'enabled', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "lieu_pkey" primary key ("id"));`);

    this.addSql(`create table "rdv" ("id" uuid not null, "organisation_id" uuid not null, "motif_id" uuid not null, "lieu_id" uuid null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('unknown', 'seen', 'excused', 'revoked', 'noshow')) not null default 'unknown', "cancelled_at" timestamptz null, "name" varchar(255) null, "max_participants_count" int null, "users_count" int not null default 0, "context" text null, "created_by_type" text check ("created_by_type" in ('agent', 'usager', 'prescripteur', 'api_client', 'file_attente')) not null, "created_by_id" uuid null, "sequence" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "rdv_pkey" primary key ("id"));`);
    this.addSql(`create index "rdv_organisation_id_starts_at_index" on "rdv" ("organisation_id", "starts_at");`);
    this.addSql(`create index "rdv_motif_id_starts_at_index" on "rdv" ("motif_id", "starts_at");`);

    this.addSql(`create table "agent_rdv" ("id" uuid not null, "agent_id" uuid not null, "rdv_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "cancelled" boolean not null default false, constraint "agent_rdv_pkey" primary key ("id"));`);
    this.addSql(`alter table "agent_rdv" add constraint "agent_rdv_no_overlap" exclude using gist ("agent_id" with =, tstzrange("starts_at", "ends_at", '[)') with &&) where (not "cancelled");`);
    this.addSql(`alter table "agent_rdv" add constraint "agent_rdv_agent_id_rdv_id_unique" unique ("agent_id", "rdv_id");`);

    this.addSql(`create table "plage_ouverture" ("id" uuid not null, "organisation_id" uuid not null, "agent_id" uuid not null, "lieu_id" uuid null, "title" varchar(255) not null, "first_day" date not null, "start_time" time(0) not null, "end_time" time(0) not null, "recurrence" text null, "recurrence_ends_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "plage_ouverture_pkey" primary key ("id"));`);
    this.addSql(`create index "plage_ouverture_agent_id_first_day_index" on "plage_ouverture" ("agent_id", "first_day");`);

    this.addSql(`create table "plage_ouverture_motif" ("plage_ouverture_id" uuid not null, "motif_id" uuid not null, constraint "plage_ouverture_motif_pkey" primary key ("plage_ouverture_id", "motif_id"));`);

    this.addSql(`create table "api_client" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(255) not null, "secret_hash" varchar(255) not null, "scopes" text[] not null default '{}', "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "api_client_pkey" primary key ("id"));`);

    this.addSql(`create table "agent_role" ("id" uuid not null, "agent_id" uuid not null, "organisation_id" uuid not null, "access_level" text check ("access_level" in ('admin', 'basic', 'intervenant')) not null default 'basic', "created_at" timestamptz not null, constraint "agent_role_pkey" primary key ("id"));`);
    this.addSql(`alter table "agent_role" add constraint "agent_role_agent_id_organisation_id_unique" unique ("agent_id", "organisation_id");`);

    this.addSql(`create table "absence" ("id" uuid not null, "agent_id" uuid not null, "organisation_id" uuid null, "title" varchar(255) null, "first_day" date not null, "start_time" time(0) not null, "end_day" date not null, "end_time" time(0) not null, "recurrence" text null, "recurrence_ends_on" date null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "absence_pkey" primary key ("id"));`);
    this.addSql(`create index "absence_agent_id_first_day_index" on "absence" ("agent_id", "first_day");`);

    this.addSql(`create table "agent_territorial_role" ("id" uuid not null, "agent_id" uuid not null, "territoire_id" uuid not null, "created_at" timestamptz not null, constraint "agent_territorial_role_pkey" primary key ("id"));`);
    this.addSql(`alter table "agent_territorial_role" add constraint "agent_territorial_role_agent_id_territoire_id_unique" unique ("agent_id", "territoire_id");`);

    this.addSql(`create table "usager" ("id" uuid not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "birth_name" varchar(255) null, "birth_date" date null, "email" varchar(255) null, "phone" varchar(255) null, "email_verified_at" timestamptz null, "phone_verified_at" timestamptz null, "address" varchar(255) null, "post_code" varchar(255) null, "city_code" varchar(255) null, "notify_by_sms" boolean not null default true, "notify_by_email" boolean not null default true, "responsible_id" uuid null, "created_through" text check ("created_through" in ('agent_creation', 'public_booking', 'proche_creation', 'api', 'prescripteur')) not null default 'agent_creation', "notes" text null, "deleted_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "usager_pkey" primary key ("id"));`);
    this.addSql(`create index "usager_phone_index" on "usager" ("phone");`);
    this.addSql(`create index "usager_email_index" on "usager" ("email");`);
    this.addSql(`create index "usager_last_name_first_name_index" on "usager" ("last_name", "first_name");`);

    this.addSql(`create table "participation" ("id" uuid not null, "rdv_id" uuid not null, "usager_id" uuid not null, "status" text check ("status" in ('unknown', 'seen', 'excused', 'revoked', 'noshow')) not null default 'unknown', "send_lifecycle_notifications" boolean not null default true, "send_reminder_notification" boolean not null default true, "created_by_type" text check ("created_by_type" in ('agent', 'usager', 'prescripteur', 'api_client', 'file_attente')) not null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "participation_pkey" primary key ("id"));`);
    this.addSql(`alter table "participation" add constraint "participation_rdv_id_usager_id_unique" unique ("rdv_id", "usager_id");`);

    this.addSql(`create table "file_attente" ("id" uuid not null, "rdv_id" uuid not null, "usager_id" uuid not null, "notifications_sent" int not null default 0, "last_creneau_sent_at" timestamptz null, "created_at" timestamptz not null, constraint "file_attente_pkey" primary key ("id"));`);
    this.addSql(`alter table "file_attente" add constraint "file_attente_rdv_id_usager_id_unique" unique ("rdv_id", "usager_id");`);

    this.addSql(`create table "usager_profile" ("id" uuid not null, "usager_id" uuid not null, "organisation_id" uuid not null, "created_at" timestamptz not null, constraint "usager_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "usager_profile" add constraint "usager_profile_usager_id_organisation_id_unique" unique ("usager_id", "organisation_id");`);

    this.addSql(`create table "verification" ("id" uuid not null, "channel" text check ("channel" in ('sms', 'email')) not null, "destination" varchar(255) not null, "code_hash" varchar(255) not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "verified_at" timestamptz null, "consumed_at" timestamptz null, "created_at" timestamptz not null, constraint "verification_pkey" primary key ("id"));`);
    this.addSql(`create index "verification_destination_created_at_index" on "verification" ("destination", "created_at");`);

    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "organisation_id" uuid not null, "target_url" varchar(255) not null, "secret" varchar(255) not null, "subscriptions" text[] not null default '{rdv,absence,plage_ouverture}', "created_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_organisation_id_target_url_unique" unique ("organisation_id", "target_url");`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agent_service" add constraint "agent_service_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agent_service" add constraint "agent_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add constraint "organisation_territoire_id_foreign" foreign key ("territoire_id") references "territoire" ("id") on update cascade;`);

    this.addSql(`alter table "motif" add constraint "motif_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "motif" add constraint "motif_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lieu" add constraint "lieu_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "rdv" add constraint "rdv_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "rdv" add constraint "rdv_motif_id_foreign" foreign key ("motif_id") references "motif" ("id") on update cascade;`);
    this.addSql(`alter table "rdv" add constraint "rdv_lieu_id_foreign" foreign key ("lieu_id") references "lieu" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "agent_rdv" add constraint "agent_rdv_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade;`);
    this.addSql(`alter table "agent_rdv" add constraint "agent_rdv_rdv_id_foreign" foreign key ("rdv_id") references "rdv" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "plage_ouverture" add constraint "plage_ouverture_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plage_ouverture" add constraint "plage_ouverture_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plage_ouverture" add constraint "plage_ouverture_lieu_id_foreign" foreign key ("lieu_id") references "lieu" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "plage_ouverture_motif" add constraint "plage_ouverture_motif_plage_ouverture_id_foreign" foreign key ("plage_ouverture_id") references "plage_ouverture" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plage_ouverture_motif" add constraint "plage_ouverture_motif_motif_id_foreign" foreign key ("motif_id") references "motif" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_client" add constraint "api_client_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agent_role" add constraint "agent_role_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agent_role" add constraint "agent_role_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "absence" add constraint "absence_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "absence" add constraint "absence_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "agent_territorial_role" add constraint "agent_territorial_role_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agent_territorial_role" add constraint "agent_territorial_role_territoire_id_foreign" foreign key ("territoire_id") references "territoire" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "usager" add constraint "usager_responsible_id_foreign" foreign key ("responsible_id") references "usager" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "participation" add constraint "participation_rdv_id_foreign" foreign key ("rdv_id") references "rdv" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_usager_id_foreign" foreign key ("usager_id") references "usager" ("id") on update cascade;`);

    this.addSql(`alter table "file_attente" add constraint "file_attente_rdv_id_foreign" foreign key ("rdv_id") references "rdv" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "file_attente" add constraint "file_attente_usager_id_foreign" foreign key ("usager_id") references "usager" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "usager_profile" add constraint "usager_profile_usager_id_foreign" foreign key ("usager_id") references "usager" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "usager_profile" add constraint "usager_profile_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_agent_id_foreign";`);

    this.addSql(`alter table "agent_service" drop constraint "agent_service_agent_id_foreign";`);

    this.addSql(`alter table "agent_rdv" drop constraint "agent_rdv_agent_id_foreign";`);

    this.addSql(`alter table "plage_ouverture" drop constraint "plage_ouverture_agent_id_foreign";`);

    this.addSql(`alter table "agent_role" drop constraint "agent_role_agent_id_foreign";`);

    this.addSql(`alter table "absence" drop constraint "absence_agent_id_foreign";`);

    this.addSql(`alter table "agent_territorial_role" drop constraint "agent_territorial_role_agent_id_foreign";`);

    this.addSql(`alter table "agent_service" drop constraint "agent_service_service_id_foreign";`);

    this.addSql(`alter table "motif" drop constraint "motif_service_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_territoire_id_foreign";`);

    this.addSql(`alter table "agent_territorial_role" drop constraint "agent_territorial_role_territoire_id_foreign";`);

    this.addSql(`alter table "motif" drop constraint "motif_organisation_id_foreign";`);

    this.addSql(`alter table "lieu" drop constraint "lieu_organisation_id_foreign";`);

    this.addSql(`alter table "rdv" drop constraint "rdv_organisation_id_foreign";`);

    this.addSql(`alter table "plage_ouverture" drop constraint "plage_ouverture_organisation_id_foreign";`);

    this.addSql(`alter table "api_client" drop constraint "api_client_organisation_id_foreign";`);

    this.addSql(`alter table "agent_role" drop constraint "agent_role_organisation_id_foreign";`);

    this.addSql(`alter table "absence" drop constraint "absence_organisation_id_foreign";`);

    this.addSql(`alter table "usager_profile" drop constraint "usager_profile_organisation_id_foreign";`);

    this.addSql(`alter table "webhook_endpoint" drop constraint "webhook_endpoint_organisation_id_foreign";`);

    this.addSql(`alter table "rdv" drop constraint "rdv_motif_id_foreign";`);

    this.addSql(`alter table "plage_ouverture_motif" drop constraint "plage_ouverture_motif_motif_id_foreign";`);

    this.addSql(`alter table "rdv" drop constraint "rdv_lieu_id_foreign";`);

    this.addSql(`alter table "plage_ouverture" drop constraint "plage_ouverture_lieu_id_foreign";`);

    this.addSql(`alter table "agent_rdv" drop constraint "agent_rdv_rdv_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_rdv_id_foreign";`);

    this.addSql(`alter table "file_attente" drop constraint "file_attente_rdv_id_foreign";`);

    this.addSql(`alter table "plage_ouverture_motif" drop constraint "plage_ouverture_motif_plage_ouverture_id_foreign";`);

    this.addSql(`alter table "usager" drop constraint "usager_responsible_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_usager_id_foreign";`);

    this.addSql(`alter table "file_attente" drop constraint "file_attente_usager_id_foreign";`);

    this.addSql(`alter table "usager_profile" drop constraint "usager_profile_usager_id_foreign";`);

    this.addSql(`drop table if exists "agent" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "dev_outbox_message" cascade;`);

    this.addSql(`drop table if exists "idempotency_record" cascade;`);

    this.addSql(`drop table if exists "receipt" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "agent_service" cascade;`);

    this.addSql(`drop table if exists "territoire" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "motif" cascade;`);

    this.addSql(`drop table if exists "lieu" cascade;`);

    this.addSql(`drop table if exists "rdv" cascade;`);

    this.addSql(`drop table if exists "agent_rdv" cascade;`);

    this.addSql(`drop table if exists "plage_ouverture" cascade;`);

    this.addSql(`drop table if exists "plage_ouverture_motif" cascade;`);

    this.addSql(`drop table if exists "api_client" cascade;`);

    this.addSql(`drop table if exists "agent_role" cascade;`);

    this.addSql(`drop table if exists "absence" cascade;`);

    this.addSql(`drop table if exists "agent_territorial_role" cascade;`);

    this.addSql(`drop table if exists "usager" cascade;`);

    this.addSql(`drop table if exists "participation" cascade;`);

    this.addSql(`drop table if exists "file_attente" cascade;`);

    this.addSql(`drop table if exists "usager_profile" cascade;`);

    this.addSql(`drop table if exists "verification" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
  }

}
