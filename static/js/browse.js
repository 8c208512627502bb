/* On a narrow screen the filter form is folded so the results come first; on a wide one it is
   open. Without JavaScript it simply stays open. */
(function () {
  "use strict";
  var filters = document.querySelector("details.filters");
  var narrow = window.matchMedia("(max-width: 56rem)");
  function fit() {
    if (filters) {
      filters.open = !narrow.matches;
    }
  }
  fit();
  narrow.addEventListener("change", fit);
})();
