/* Draws every plotly figure on the page from its json_script data (no inline script: CSP).
   <div class="chart" data-chart="ID"> + <script type="application/json" id="ID">{data, layout}</script> */
(function () {
  "use strict";

  var LABELLED_POINTS_MAX = 60;

  function plot(el, figure) {
    return Plotly.newPlot(el, figure.data, figure.layout, {
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ["lasso2d", "select2d"],
    }).then(function () {
      el.dataset.drawn = "true";
      // Scatter points carry [county, township id]: a click opens the town's page.
      el.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        var custom = point && point.customdata;
        if (custom && custom.length > 1 && custom[1]) window.location.href = "/townships/" + custom[1] + "/";
      });
    });
  }

  function draw(el) {
    var source = document.getElementById(el.dataset.chart);
    if (!source || typeof Plotly === "undefined") return;
    var figure = JSON.parse(source.textContent);
    if (!el.dataset.points) {
      plot(el, figure);
      return;
    }
    // Every matching town, as column arrays {x, y, text, county, id} (same URL, format=points).
    el.classList.add("loading");
    fetch(el.dataset.points, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (points) {
        var trace = figure.data[0];
        trace.x = points.x;
        trace.y = points.y;
        trace.text = points.text;
        trace.customdata = points.county.map(function (county, i) { return [county, points.id[i]]; });
        if (points.x.length > LABELLED_POINTS_MAX) trace.mode = "markers";
        el.dataset.points_count = String(points.x.length);
        el.classList.remove("loading");
        return plot(el, figure);
      })
      .catch(function (error) {
        el.classList.remove("loading");
        el.textContent = (el.dataset.error || "") + error.message;
      });
  }

  function resizeAll() {
    document.querySelectorAll(".chart[data-drawn]").forEach(function (el) {
      Plotly.Plots.resize(el);
    });
  }

  function autosubmit() {
    // Changing a select or checkbox applies the filters at once (the button stays for keyboards).
    document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
      form.addEventListener("change", function (event) {
        var target = event.target;
        if (target.tagName === "SELECT" || target.type === "checkbox") {
          // A new province or city makes the narrower choice meaningless.
          if (target.name === "province" && form.elements.city) form.elements.city.value = "";
          if ((target.name === "province" || target.name === "city") && form.elements.county) form.elements.county.value = "";
          form.requestSubmit ? form.requestSubmit() : form.submit();
        }
      });
      // Keep URLs short: leave out empty fields.
      form.addEventListener("submit", function () {
        Array.prototype.forEach.call(form.elements, function (field) {
          if (field.name && field.value === "" && field.tagName !== "BUTTON") field.disabled = true;
        });
      });
    });
  }

  function init() {
    document.querySelectorAll(".chart[data-chart]").forEach(draw);
    autosubmit();
    var timer;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(resizeAll, 150);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
