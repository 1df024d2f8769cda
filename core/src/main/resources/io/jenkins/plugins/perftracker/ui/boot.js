/* perftracker UI: renders the pages of the document once it is loaded (a separate file: no inline script). */
(function (global) {
  "use strict";
  function start() {
    global.perftracker.common.boot(global.document);
  }
  if (global.document.readyState === "loading") {
    global.document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}(window));
