// File fields marked data-max-bytes refuse a file above the limit as soon as it is chosen, with the message next to
// the field, so nobody waits for a large upload that the server would refuse (the server checks again).
(() => {
  const check = (input) => {
    const max = Number(input.dataset.maxBytes);
    const tooLarge = Array.from(input.files || []).find((file) => file.size > max);
    const feedback = input.parentElement.querySelector(".news-file-size");
    input.classList.toggle("is-invalid", Boolean(tooLarge));
    if (feedback) {
      feedback.textContent = tooLarge ? input.dataset.tooLarge.replace("{0}", tooLarge.name) : "";
      feedback.classList.toggle("d-block", Boolean(tooLarge));
    }
    return !tooLarge;
  };
  document.addEventListener("change", (event) => {
    if (event.target.matches("input[type=file][data-max-bytes]")) {
      check(event.target);
    }
  });
  document.addEventListener("submit", (event) => {
    const fields = event.target.querySelectorAll("input[type=file][data-max-bytes]");
    const allFit = Array.from(fields).map(check).every(Boolean);
    if (!allFit) {
      event.preventDefault();
    }
  });
})();
