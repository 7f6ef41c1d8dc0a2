// The answers a trainee has given so far are kept in this browser (localStorage) while they fill in the
// questionnaire, so that a page closed or reloaded on a phone loses nothing; the draft goes once the questionnaire is
// submitted. Nothing of it reaches the server before submission.
(() => {
  const form = document.getElementById("evaluation-form");
  const done = document.getElementById("evaluation-done");
  if (!form) {
    if (done) {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (key && key.startsWith("evaluation-draft-" + location.pathname.split("/")[2] + "-")) {
          localStorage.removeItem(key);
        }
      }
    }
    return;
  }
  const key = form.dataset.draftKey;

  function save() {
    const draft = {};
    for (const field of form.elements) {
      if (!field.name || !field.name.startsWith("q")) {
        continue;
      }
      if ((field.type === "radio" || field.type === "checkbox") && !field.checked) {
        continue;
      }
      (draft[field.name] = draft[field.name] || []).push(field.value);
    }
    try {
      localStorage.setItem(key, JSON.stringify(draft));
    } catch (full) {
      // a full or disabled storage only loses the draft, never the answers on the page
    }
  }

  function restore() {
    let draft;
    try {
      draft = JSON.parse(localStorage.getItem(key) || "null");
    } catch (broken) {
      draft = null;
    }
    if (!draft) {
      return;
    }
    for (const field of form.elements) {
      const values = draft[field.name];
      if (!values) {
        continue;
      }
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = values.includes(field.value);
      } else {
        field.value = values[0];
      }
    }
  }

  // answers the server kept after a refusal win over an older draft
  if (form.dataset.kept !== "true") {
    restore();
  }
  form.addEventListener("input", save);
  form.addEventListener("change", save);
})();
