// "Select all" on the bulk enrolment page: ticks or clears every cadre found in the directory.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  all.addEventListener('change', () => {
    document.querySelectorAll('#directory-form input[name=cadreId]').forEach(box => { box.checked = all.checked; });
  });
});
