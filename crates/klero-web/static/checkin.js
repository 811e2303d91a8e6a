// Check-in: the results follow the search box as staff type (the form still works with
// Enter and without scripts). Only the latest answer is shown, however the replies arrive.
(function () {
  "use strict";
  var form = document.getElementById("checkin-search");
  var box = document.getElementById("q");
  var results = document.getElementById("checkin-results");
  if (!form || !box || !results || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = 0;
  function search() {
    var mine = ++asked;
    var url = form.getAttribute("action") + "?partial=1&q=" + encodeURIComponent(box.value);
    fetch(url, { credentials: "same-origin" })
      .then(function (reply) { return reply.ok ? reply.text() : null; })
      .then(function (html) {
        if (html !== null && mine === asked) {
          results.innerHTML = html;
          if (window.history && window.history.replaceState) {
            window.history.replaceState(null, "", form.getAttribute("action") + "?q=" + encodeURIComponent(box.value));
          }
        }
      })
      .catch(function () { /* the form still works with Enter */ });
  }
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
})();
