// The print view (打印): the button prints; opened with ?auto=1 the print dialog opens by itself.
(function () {
  "use strict";
  var button = document.getElementById("print-now");
  if (button) {
    button.addEventListener("click", function () { window.print(); });
    button.focus();
  }
  if (new URLSearchParams(window.location.search).get("auto") === "1") {
    window.addEventListener("load", function () { window.print(); });
  }
})();
