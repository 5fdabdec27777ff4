/** French labels of the API's enumerations, with the plain-French help shown in forms. */
import type { Option } from './controls.js';

export const LOCATIONS: Option[] = [
  { value: 'public_office', label: 'Sur place', hint: 'L’usager vient dans un de vos lieux : il faudra choisir le lieu dans les plages d’ouverture.' },
  { value: 'phone', label: 'Par téléphone', hint: 'L’agent appelle l’usager au numéro qu’il a donné.' },
  { value: 'home', label: 'À domicile', hint: 'L’agent se rend chez l’usager, qui donne son adresse en réservant.' },
  { value: 'visio', label: 'En visioconférence', hint: 'L’usager reçoit un lien pour rejoindre la visioconférence.' },
];

export const BOOKABLE: Option[] = [
  { value: 'agents', label: 'Seulement les agents', hint: 'Le motif n’apparaît pas en ligne : seuls les agents prennent ces rendez-vous.' },
  { value: 'agents_and_prescripteurs', label: 'Les agents et les prescripteurs', hint: 'Des partenaires (travailleurs sociaux, associations) peuvent aussi réserver pour un usager.' },
  { value: 'everyone', label: 'Tout le monde, en ligne', hint: 'Les usagers réservent eux-mêmes sur le site qui intègre le module de prise de rendez-vous.' },
];

export const VISIBILITY: Option[] = [
  { value: 'visible_and_notified', label: 'Visible, avec SMS et e-mails', hint: 'Le cas général : confirmation, rappel 48 h avant, annulation.' },
  { value: 'visible_and_not_notified', label: 'Visible, sans SMS ni e-mail', hint: 'L’usager n’est pas prévenu automatiquement.' },
  { value: 'invisible', label: 'Invisible pour l’usager', hint: 'Pour protéger une personne (par exemple victime de violences) : aucun message, aucune trace chez l’usager.' },
];

export const SECTORISATION: Option[] = [
  { value: 'departement', label: 'Tout le département', hint: 'Aucune restriction selon l’adresse de l’usager.' },
  { value: 'organisation', label: 'Les usagers du secteur de l’organisation' },
  { value: 'agent', label: 'Les usagers du secteur de l’agent' },
];

export const ROLES: Option[] = [
  { value: 'admin', label: 'Administrateur', hint: 'Configure l’organisation : motifs, lieux, agents, intégration. Voit tous les agendas.' },
  { value: 'basic', label: 'Agent', hint: 'Gère son agenda, ses plages d’ouverture et ses absences, et prend des rendez-vous.' },
  { value: 'intervenant', label: 'Intervenant', hint: 'N’a pas de compte (pas d’e-mail) : d’autres agents gèrent son agenda.' },
];

export const STATUS: Record<string, string> = {
  unknown: 'À venir',
  seen: 'Vu (honoré)',
  noshow: 'Absence non excusée',
  excused: 'Annulé à la demande de l’usager (excusé)',
  revoked: 'Annulé par le service',
};
export const STATUS_PAST_UNKNOWN = 'À renseigner';

export const label = (options: Option[], value: string) => options.find((o) => o.value == value)?.label ?? value;

export const EVENTS: Record<string, string> = {
  rdv_created: 'Confirmation',
  rdv_updated: 'Modification',
  rdv_cancelled: 'Annulation',
  rdv_upcoming_reminder: 'Rappel',
  one_time_code: 'Code de vérification',
  new_creneau_available: 'Créneau libéré',
  agent_invitation: 'Invitation d’un agent',
};
export const RESULTS: Record<string, string> = { sent: 'Envoyé', delivered: 'Reçu', failure: 'Échec' };
