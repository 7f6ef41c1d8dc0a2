// Sends the CSRF token with every htmx request; the token is published in the page's meta tags.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Elements marked data-autosubmit submit their form when changed (filters, page size).
document.addEventListener("change", (event) => {
  const field = event.target.closest("[data-autosubmit]");
  if (field && field.form) {
    field.form.requestSubmit();
  }
});

// Buttons marked data-confirm ask before they act.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});

// Buttons marked data-add-row copy the <template> named by data-row-template into the container they name; "__i__"
// in the copy's field names becomes the next free index, so the server binds the new line as lines[n].
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-add-row]");
  if (!button) {
    return;
  }
  const container = document.querySelector(button.dataset.addRow);
  const template = document.querySelector(button.dataset.rowTemplate);
  const index = container.querySelectorAll("[name]").length === 0 ? 0
    : Math.max(...[...container.querySelectorAll("[name]")]
        .map((field) => parseInt((field.name.match(/\[(\d+)\]/) || [0, -1])[1], 10))) + 1;
  container.insertAdjacentHTML("beforeend", template.innerHTML.replaceAll("__i__", String(index)));
});

// Buttons marked data-remove-row remove the closest element matching its value (a line of a form).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-remove-row]");
  if (button) {
    button.closest(button.dataset.removeRow).remove();
  }
});

// In a form marked data-preview-form, a change after the preview disables the buttons marked data-after-preview:
// what is written must be what was previewed, so the preview has to be asked for again.
document.addEventListener("input", (event) => {
  const form = event.target.closest("form[data-preview-form]");
  if (form) {
    form.querySelectorAll("[data-after-preview]").forEach((button) => { button.disabled = true; });
  }
});

// Buttons marked data-check-boxes tick (data-checked="true") or clear every checkbox their selector names: "select
// all lectures", "select all" and "clear" on long lists. Each box changed says so, as a click would, so that a
// preview form knows its preview is out of date.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-check-boxes]");
  if (!button) {
    return;
  }
  const checked = button.dataset.checked === "true";
  document.querySelectorAll(button.dataset.checkBoxes).forEach((box) => {
    if (box.checked !== checked && !box.disabled) {
      box.checked = checked;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });
});
