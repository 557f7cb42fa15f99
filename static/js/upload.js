// Upload page: drop files on the zone (or pick them) and list what will be sent.
(function () {
  "use strict";
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("id_files");
  var list = document.getElementById("chosen-files");
  if (!zone || !input || !list) return;

  function showChosen() {
    list.textContent = "";
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement("li");
      item.textContent = file.name + " (" + Math.ceil(file.size / 1024) + " KB)";
      list.appendChild(item);
    });
  }

  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      showChosen();
    }
  });
  input.addEventListener("change", showChosen);
  // Files chosen before this script ran (a slow page, or a browser restoring the form) are listed too.
  showChosen();
})();
