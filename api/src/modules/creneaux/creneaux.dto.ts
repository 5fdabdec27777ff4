export interface CreneauDto {
  /** ISO 8601 with the territoire's offset, e.g. 2027-03-29T09:00:00+02:00. */
  startsAt: string;
  endsAt: string;
}

export interface CreneauxDay {
  /** Local date (YYYY-MM-DD) in the territoire's zone. */
  date: string;
  creneaux: CreneauDto[];
}

export interface CreneauxResponse {
  /** IANA zone the times are expressed in. */
  timezone: string;
  /** Every day of the range, in order; days without créneau have an empty list. */
  days: CreneauxDay[];
  /** First créneau at or after the start of the range (within the booking delays), or null. */
  nextAvailableAt: string | null;
}

export interface AgentCreneauDto extends CreneauDto {
  agents: { id: string; firstName: string; lastName: string }[];
}

export interface AgentCreneauxDay {
  date: string;
  creneaux: AgentCreneauDto[];
}

export interface AgentCreneauxResponse {
  timezone: string;
  days: AgentCreneauxDay[];
  nextAvailableAt: string | null;
}
