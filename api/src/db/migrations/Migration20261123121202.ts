import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121202 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "agent_rdv_busy" on "agent_rdv" ("agent_id", "starts_at") include ("ends_at") where not "cancelled";`);
    this.addSql(`alter table "agent_rdv" add constraint agent_rdv_length check((ends_at > starts_at) AND ((ends_at - starts_at) <= '24:00:00'::interval));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "agent_rdv_busy";`);
    this.addSql(`alter table "agent_rdv" drop constraint agent_rdv_length;`);
  }

}
