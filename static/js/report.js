/* Report page: a figure in the table scrolls the text to its highlighted sentence and flashes it. */
(function () {
  "use strict";
  function flash(mark) {
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation when clicked twice
    mark.classList.add("flash");
    mark.focus({ preventScroll: true });
  }
  document.querySelectorAll("a.js-jump").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var mark = document.getElementById(link.getAttribute("href").slice(1));
      if (!mark) { return; }
      event.preventDefault();
      mark.scrollIntoView({ behavior: "smooth", block: "center" });
      history.replaceState(null, "", link.getAttribute("href"));
      flash(mark);
    });
  });
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "MARK") { flash(target); }
  }
})();
