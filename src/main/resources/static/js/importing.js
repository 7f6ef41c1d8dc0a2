// Refuses a file that is larger than the server accepts before it is sent, and says why next to the field.
document.addEventListener("change", (event) => {
  const input = event.target.closest("input[type=file][data-max-bytes]");
  if (!input) {
    return;
  }
  const file = input.files[0];
  const tooLarge = file && file.size > Number(input.dataset.maxBytes);
  input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
  input.classList.toggle("is-invalid", tooLarge);
  const feedback = document.getElementById(input.getAttribute("aria-describedby").split(" ").pop());
  if (feedback && tooLarge) {
    feedback.textContent = input.dataset.tooLarge;
  }
});

document.addEventListener("submit", (event) => {
  const input = event.target.querySelector("input[type=file][data-max-bytes]");
  if (input && !input.checkValidity()) {
    event.preventDefault();
    input.reportValidity();
  }
});
