/* The detail page's small helpers. Without JavaScript the page still reads: the outline is a list
   of links, each section keeps its permalink, and the copy buttons simply stay hidden. */
(function () {
  "use strict";

  var article = document.querySelector(".speech");
  if (!article) {
    return;
  }
  var status = article.querySelector(".copy-status");

  function say(message) {
    if (!status) {
      return;
    }
    status.textContent = message;
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(function () {
      status.textContent = "";
    }, 3000);
  }

  function sectionText(section) {
    var parts = [];
    var heading = section.querySelector(".section__heading");
    if (heading) {
      parts.push(heading.innerText.trim());
    }
    section.querySelectorAll(".section__body p").forEach(function (p) {
      parts.push(p.innerText.trim());
    });
    parts.push(article.dataset.citation || "");
    return parts.join("\n");
  }

  // Copy: only offered where the Clipboard API exists (a secure context such as localhost or https).
  if (navigator.clipboard && window.isSecureContext) {
    article.querySelectorAll("[data-copy-section]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var section = document.getElementById(button.dataset.copySection);
        navigator.clipboard.writeText(sectionText(section)).then(
          function () {
            say("已复制本节及出处");
          },
          function () {
            say("复制失败，请手动选择文字复制");
          }
        );
      });
    });
  }

  // Outline: collapsed on narrow screens, and the entry of the section being read is highlighted.
  var outline = document.querySelector(".outline");
  if (!outline) {
    return;
  }
  var narrow = window.matchMedia("(max-width: 56rem)");
  function fitOutline() {
    outline.open = !narrow.matches;
  }
  fitOutline();
  narrow.addEventListener("change", fitOutline);
  var links = {};
  outline.querySelectorAll("a[href^='#']").forEach(function (link) {
    links[decodeURIComponent(link.hash.slice(1))] = link;
  });
  var sections = Array.prototype.filter.call(
    article.querySelectorAll(".section[id]"),
    function (section) {
      return links[section.id];
    }
  );
  var current = null;

  // The section being read is the last one whose top has passed just under the window's top; at
  // the very end of the page, where a short last section cannot reach the top, the linked
  // section (the URL's #anchor) wins.
  function update() {
    var active = null;
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getBoundingClientRect().top > 48) {
        break;
      }
      active = sections[i];
    }
    var root = document.documentElement;
    var atBottom = window.innerHeight + window.scrollY >= root.scrollHeight - 2;
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (atBottom && target && links[target.id]) {
      active = target;
    }
    var link = active ? links[active.id] : null;
    if (link === current) {
      return;
    }
    if (current) {
      current.removeAttribute("aria-current");
    }
    if (link) {
      link.setAttribute("aria-current", "true");
    }
    current = link;
  }

  var pending = false;
  window.addEventListener(
    "scroll",
    function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          update();
        });
      }
    },
    { passive: true }
  );
  window.addEventListener("hashchange", update);
  update();
})();
