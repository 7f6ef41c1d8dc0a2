// The paper sheet form's helpers: tick rows (or all of them) and set their status at once, or set everyone present.
document.addEventListener("click", (event) => {
  const set = event.target.closest("[data-sheet-set]");
  const reset = event.target.closest("[data-sheet-reset]");
  if (!set && !reset) {
    return;
  }
  const status = set ? document.getElementById("sheet-set-status").value : "PRESENT";
  document.querySelectorAll("[data-sheet-row]").forEach((row) => {
    const pick = row.querySelector("[data-sheet-pick]");
    if (pick && (reset || pick.checked)) {
      row.querySelector("[data-sheet-status]").value = status;
      pick.checked = false;
    }
  });
  const all = document.querySelector("[data-sheet-pick-all]");
  if (all) {
    all.checked = false;
  }
});

document.addEventListener("change", (event) => {
  if (event.target.matches("[data-sheet-pick-all]")) {
    document.querySelectorAll("[data-sheet-pick]").forEach((pick) => { pick.checked = event.target.checked; });
  }
});
