/* Draws every plotly figure passed with json_script: <div data-figure="ID"> + <script id="ID">. */
(function () {
  "use strict";
  function draw(el) {
    var source = document.getElementById(el.getAttribute("data-figure"));
    if (!source || !window.Plotly) { return; }
    var figure = JSON.parse(source.textContent);
    window.Plotly.newPlot(el, figure.data, figure.layout, {
      responsive: true, displaylogo: false, modeBarButtonsToRemove: ["select2d", "lasso2d"]
    }).then(function () { el.setAttribute("data-drawn", "true"); });
  }
  document.querySelectorAll("[data-figure]").forEach(draw);
})();
