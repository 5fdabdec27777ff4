// Demo pages only: shows the widget's DOM events (they carry ids and times, never personal data)
// in the "Journal des événements" panel. Loaded as a same-origin file: no inline script (CSP).
const journal = document.getElementById('journal');
const EVENTS = [
  'creneau-step-change',
  'creneau-creneau-selected',
  'creneau-rdv-confirmed',
  'creneau-rdv-cancelled',
  'creneau-rdv-moved',
  'creneau-error',
];
for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    if (!journal) return;
    const item = document.createElement('li');
    const time = new Date().toLocaleTimeString('fr-FR');
    item.textContent = `${time} ${type} ${JSON.stringify(event.detail)}`;
    journal.prepend(item);
  });
}
