// Every page of the admin (each defines its element).
import './agenda.js';
import './booking.js';
import './motifs.js';
import './motif-form.js';
import './lieux.js';
import './plages.js';
import './plage-form.js';
import './absences.js';
import './agents.js';
import './integration.js';
import './envois.js';
