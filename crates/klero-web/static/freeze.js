// Freezing a pool: while the engine computes the lottery in the background, the page asks for
// its progress every two seconds and updates the bar and the sentence; once done it reloads to
// show the outcome. Without scripts the page has a link to look again.
(function () {
  "use strict";
  var box = document.getElementById("freezing");
  var bar = document.getElementById("freezing-bar");
  var text = document.getElementById("freezing-text");
  if (!box || !bar || !text || !window.fetch) {
    return;
  }
  var template = box.getAttribute("data-template");
  function ask() {
    fetch(box.getAttribute("data-progress"), { credentials: "same-origin", cache: "no-store" })
      .then(function (reply) { return reply.ok ? reply.json() : null; })
      .then(function (job) {
        if (!job) {
          return;
        }
        if (!job.running) {
          window.location.reload();
          return;
        }
        bar.max = job.total;
        bar.value = job.settled;
        bar.textContent = job.settled + " / " + job.total;
        if (template) {
          text.textContent = template
            .replace("{settled}", job.settled)
            .replace("{total}", job.total)
            .replace("{seconds}", job.seconds);
        }
        setTimeout(ask, 2000);
      })
      .catch(function () { setTimeout(ask, 5000); });
  }
  setTimeout(ask, 2000);
})();
