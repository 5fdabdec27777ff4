import { Migration } from '@mikro-orm/migrations';

export class Migration20261123120045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "receipt" drop constraint if exists "receipt_event_check";`);

    this.addSql(`alter table "receipt" add constraint "receipt_event_check" check("event" in ('rdv_created', 'rdv_updated', 'rdv_cancelled', 'rdv_upcoming_reminder', 'one_time_code', 'new_creneau_available', 'agent_invitation'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "receipt" drop constraint if exists "receipt_event_check";`);

    this.addSql(`alter table "receipt" add constraint "receipt_event_check" check("event" in ('rdv_created', 'rdv_updated', 'rdv_cancelled', 'rdv_upcoming_reminder', 'one_time_code', 'new_creneau_available'));`);
  }

}
