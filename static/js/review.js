// Review page: a click on a highlighted figure in the text shows its entry in the list.
(function () {
  "use strict";
  var text = document.querySelector(".report-text");
  if (!text) return;
  text.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-indicator]");
    if (!mark) return;
    var entry = document.getElementById("fig-" + mark.dataset.indicator);
    if (entry) {
      entry.scrollIntoView({ behavior: "smooth", block: "center" });
      entry.classList.add("figure-focus");
      window.setTimeout(function () { entry.classList.remove("figure-focus"); }, 1500);
    }
  });
})();
