// Agenda item form: shows only the speaker input that matches the chosen kind of speaker.
function showSpeakerInputs(select) {
  document.querySelectorAll("[data-speaker-kind]").forEach((group) => {
    group.hidden = group.dataset.speakerKind !== select.value;
  });
}

document.addEventListener("change", (event) => {
  if (event.target.matches("[data-speaker-kind-select]")) {
    showSpeakerInputs(event.target);
  }
});

document.addEventListener("DOMContentLoaded", () => {
  const select = document.querySelector("[data-speaker-kind-select]");
  if (select) {
    showSpeakerInputs(select);
  }
});

// Printable programme: the print button opens the browser's print dialog.
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
