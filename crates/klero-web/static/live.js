// The projector: the server sends the vote afresh (turnout, then results) whenever it
// changes; this swaps it in. Without scripts the page still shows the vote as loaded.
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !window.EventSource) {
    return;
  }
  var source = new EventSource(live.getAttribute("data-events"));
  source.addEventListener("update", function (event) {
    live.innerHTML = event.data;
    live.setAttribute("data-updated", String(Date.now()));
  });
})();
