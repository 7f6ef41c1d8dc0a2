// A field with a length limit (maxlength) shows how much of it is used, and the browser does not cut what is typed
// or pasted: the server refuses an over-long value with a sentence naming the field and its limit, and the person
// sees what to shorten instead of losing the end of a text without a word. Lengths count as Java's String.length()
// does, the measure the server's @Size uses.
(() => {
  const meta = document.querySelector('meta[name="length-counter"]');
  const pattern = meta ? meta.content : "{0} / {1}";

  function show(field, counter, max) {
    const used = field.value.length;
    counter.textContent = pattern.replace("{0}", used).replace("{1}", max);
    const over = used > max;
    counter.classList.toggle("text-danger", over);
    if (over) {
      field.classList.add("is-invalid");
      field.dataset.lengthInvalid = "true";
    } else if (field.dataset.lengthInvalid) {
      field.classList.remove("is-invalid");
      delete field.dataset.lengthInvalid;
    }
  }

  function count(field) {
    const max = Number(field.getAttribute("maxlength"));
    if (!max || field.type === "hidden" || field.dataset.maxlength) {
      return;
    }
    field.dataset.maxlength = String(max);
    field.removeAttribute("maxlength");
    const counter = document.createElement("div");
    counter.className = "form-text text-end length-counter";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    field.addEventListener("input", () => show(field, counter, max));
    show(field, counter, max);
  }

  function countAll(root) {
    root.querySelectorAll("input[maxlength], textarea[maxlength]").forEach(count);
  }

  countAll(document);
  document.addEventListener("htmx:load", (event) => countAll(event.detail.elt));
})();
