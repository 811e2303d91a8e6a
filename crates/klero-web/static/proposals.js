// Table proposals. On a facilitator's phone: every proposal is kept in local storage until the
// server confirms it (stored, or already stored: a retry with the same client id), and sent
// again when the connection returns and every 5 seconds; the text being typed is kept too, so a
// reload or a flat battery loses nothing. On the organisers' page: the proposals and the
// shortlist are refreshed when the panel's pulse moves. Without scripts both pages are plain
// forms.
(function () {
  "use strict";
  if (!window.fetch || !window.localStorage || !window.JSON) {
    return;
  }
  var store = window.localStorage;

  function load(key, fallback) {
    try {
      var value = JSON.parse(store.getItem(key));
      return value === null ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }

  function save(key, value) {
    try {
      store.setItem(key, JSON.stringify(value));
    } catch (e) { /* storage full or refused: the form still sends */ }
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // The facilitator's page.
  var chooser = document.getElementById("table-choice");
  var form = document.getElementById("proposal-form");
  var choiceKey = chooser ? "klero-table-choice:" + chooser.getAttribute("action") : null;
  if (chooser && !form) {
    var remembered = load(choiceKey, null);
    var table = document.getElementById("choose-table");
    if (remembered && table && !table.value) {
      table.value = remembered.table;
    }
  }
  if (form) {
    var entry = document.getElementById("proposal-entry");
    var round = entry.getAttribute("data-round");
    var tableNumber = entry.getAttribute("data-table");
    var action = form.getAttribute("action");
    var queueKey = "klero-proposal-queue:" + action;
    var draftKey = "klero-proposal-draft:" + action + ":" + round + ":" + tableNumber;
    var text = document.getElementById("text");
    var status = document.getElementById("proposal-queue");
    var list = document.getElementById("table-proposals");
    var signin = document.getElementById("proposal-signin");
    var sending = false;
    // The session ended (or this page's form token is stale): the queue stays on the phone
    // and the facilitator is asked to sign in again, coming back to this page.
    var signinLink = signin ? signin.querySelector("a") : null;
    if (signinLink) {
      signinLink.setAttribute("href", "/login?next=" + encodeURIComponent(window.location.pathname + window.location.search));
    }
    var needSignIn = function (yes) {
      if (signin) {
        signin.hidden = !yes;
      }
    };
    var sentSome = false;
    save(choiceKey, { round: round, table: tableNumber });

    var draft = load(draftKey, "");
    if (draft && !text.value) {
      text.value = draft;
    }
    text.addEventListener("input", function () {
      save(draftKey, text.value);
    });

    var showQueue = function () {
      var queue = load(queueKey, []);
      Array.prototype.forEach.call(list.querySelectorAll("li.waiting"), function (li) {
        li.parentNode.removeChild(li);
      });
      queue.forEach(function (item) {
        if (item.round === round && item.table === tableNumber) {
          var li = document.createElement("li");
          li.className = "waiting";
          li.setAttribute("data-client-id", item.client_id);
          li.textContent = item.text;
          list.appendChild(li);
        }
      });
      if (queue.length > 0) {
        status.textContent = status.getAttribute("data-waiting") + " (" + queue.length + ")";
      } else {
        status.textContent = sentSome ? status.getAttribute("data-sent") : "";
      }
    };

    var confirmed = function (item) {
      var queue = load(queueKey, []).filter(function (q) { return q.client_id !== item.client_id; });
      save(queueKey, queue);
      sentSome = true;
      if (item.round === round && item.table === tableNumber) {
        var li = document.createElement("li");
        li.textContent = item.text;
        var waiting = list.querySelector("li.waiting");
        list.insertBefore(li, waiting);
      }
    };

    var flush = function () {
      if (sending) {
        return;
      }
      var queue = load(queueKey, []);
      if (queue.length === 0) {
        showQueue();
        return;
      }
      var item = queue[0];
      var csrf = form.querySelector("input[name=csrf]").value;
      var body = new URLSearchParams();
      body.set("csrf", csrf);
      body.set("round", item.round);
      body.set("table", item.table);
      body.set("client_id", item.client_id);
      body.set("text", item.text);
      sending = true;
      fetch(action, {
        method: "POST",
        credentials: "same-origin",
        redirect: "manual",
        headers: { "Accept": "application/json" },
        body: body
      })
        .then(function (reply) {
          // A redirect (to the sign-in page), or a refusal of the form's token.
          if (reply.type === "opaqueredirect" || reply.status === 401 || reply.status === 403) {
            return { ok: false, answer: null, signIn: true };
          }
          return reply.json().then(function (answer) { return { ok: reply.ok, answer: answer }; },
            function () { return { ok: false, answer: null }; });
        })
        .then(function (result) {
          sending = false;
          needSignIn(!!result.signIn);
          var answer = result.answer || {};
          if (result.ok && (answer.status === "stored" || answer.status === "already_stored")) {
            confirmed(item);
            showQueue();
            flush();
          } else if (answer.status === "invalid") {
            // The server will never take it as it is: give the text back to be corrected.
            save(queueKey, load(queueKey, []).filter(function (q) { return q.client_id !== item.client_id; }));
            if (!text.value) {
              text.value = item.text;
              save(draftKey, text.value);
            }
            showQueue();
          } else {
            showQueue();
          }
        })
        .catch(function () {
          sending = false;
          showQueue();
        });
    };

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = text.value.trim();
      if (!value) {
        return;
      }
      var queue = load(queueKey, []);
      queue.push({ client_id: newId(), round: round, table: tableNumber, text: value });
      save(queueKey, queue);
      text.value = "";
      save(draftKey, "");
      showQueue();
      text.focus();
      flush();
    });
    window.addEventListener("online", flush);
    window.setInterval(flush, 5000);
    showQueue();
    flush();
  }

  // The organisers' page.
  var shortlist = document.getElementById("shortlist-form");
  if (shortlist && window.DOMParser) {
    var pulseUrl = shortlist.getAttribute("data-pulse");
    var seen = shortlist.getAttribute("data-pulse-now");
    var refresh = function () {
      fetch(window.location.pathname, { credentials: "same-origin" })
        .then(function (reply) { return reply.ok ? reply.text() : null; })
        .then(function (html) {
          if (html === null) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, "text/html");
          var ticked = {};
          Array.prototype.forEach.call(document.querySelectorAll("input[name=proposal]:checked"), function (box) {
            ticked[box.value] = true;
          });
          ["proposals-live", "shortlist-live", "proposals-heading"].forEach(function (id) {
            var now = document.getElementById(id);
            var then = fresh.getElementById(id);
            if (now && then) {
              now.innerHTML = then.innerHTML;
            }
          });
          Array.prototype.forEach.call(document.querySelectorAll("input[name=proposal]"), function (box) {
            box.checked = !!ticked[box.value];
          });
        })
        .catch(function () { /* try again at the next change */ });
    };
    var poll = function () {
      fetch(pulseUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (reply) { return reply.ok ? reply.json() : null; })
        .then(function (answer) {
          if (answer && String(answer.pulse) !== seen) {
            seen = String(answer.pulse);
            refresh();
          }
        })
        .catch(function () { /* the network is down: poll again */ });
    };
    window.setInterval(poll, 2000);
  }
})();
