// Agenda item form: for each person (main speaker, further speakers, presider) shows only the input that matches
// the chosen kind of person; the select and its inputs share a data-scope.
function showSpeakerInputs(select) {
  const scope = select.dataset.scope;
  document.querySelectorAll("[data-speaker-kind]").forEach((group) => {
    if (group.dataset.scope === scope) {
      group.hidden = group.dataset.speakerKind !== select.value;
    }
  });
}

// Homework has a due time instead of a sitting: hide what only a sitting has, show what only homework has.
function showTypeInputs(select) {
  const homework = select.value === "HOMEWORK";
  document.querySelectorAll("[data-sitting-only]").forEach((el) => { el.hidden = homework; });
  document.querySelectorAll("[data-homework-only]").forEach((el) => { el.hidden = !homework; });
}

document.addEventListener("change", (event) => {
  if (event.target.matches("[data-speaker-kind-select]")) {
    showSpeakerInputs(event.target);
  }
  if (event.target.matches("[data-item-type-select]")) {
    showTypeInputs(event.target);
  }
});

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-speaker-kind-select]").forEach(showSpeakerInputs);
  const type = document.querySelector("[data-item-type-select]");
  if (type) {
    showTypeInputs(type);
  }
});

// Printable programme: the print button opens the browser's print dialog.
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
