// The split page: choosing a paragraph that starts with a numbered label offers that label and
// the heading after it (the editor may change both before saving). A paragraph chosen before
// this script ran (a slow page) is offered too.
document.addEventListener("DOMContentLoaded", () => {
  const markers = new Map();
  for (const m of document.querySelectorAll("data.sa-marker")) {
    markers.set(m.value, { number: m.dataset.number, heading: m.dataset.heading });
  }
  const number = document.getElementById("id_number");
  const heading = document.getElementById("id_heading");
  const offer = (radio) => {
    const found = markers.get(radio.value);
    number.value = found ? found.number : "";
    heading.value = found ? found.heading : "";
  };
  for (const radio of document.querySelectorAll('input[name="paragraph"]')) {
    radio.addEventListener("change", () => offer(radio));
  }
  const chosen = document.querySelector('input[name="paragraph"]:checked');
  if (chosen && !number.value && !heading.value) {
    offer(chosen);
  }
});
