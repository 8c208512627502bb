/* The detail page's small helpers. Without JavaScript the page still reads: the outline is a list
   of links, each section keeps its permalink, the downloads are plain links, and the copy buttons
   simply stay hidden. With it, copying works everywhere: the Clipboard API where the page is a
   secure context, else a selected textarea and execCommand("copy"), else a dialog to copy from. */
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

  function clean(node) {
    return node ? node.innerText.replace(/\s+$/, "").trim() : "";
  }

  function sectionLines(section) {
    var lines = [];
    var heading = section.querySelector(".section__heading");
    if (heading) {
      lines.push(clean(heading));
    }
    section.querySelectorAll(".section__body p").forEach(function (p) {
      lines.push(clean(p));
    });
    return lines;
  }

  var sections = Array.prototype.slice.call(article.querySelectorAll(".section[id]"));

  function levelOf(section) {
    return parseInt(section.dataset.level || "1", 10);
  }

  // A part and its sub-points: the sections after it down to the next one of its level or above.
  function withSubsections(section) {
    var found = [section];
    var level = levelOf(section);
    for (var i = sections.indexOf(section) + 1; i < sections.length; i++) {
      if (levelOf(sections[i]) <= level) {
        break;
      }
      found.push(sections[i]);
    }
    return found;
  }

  function citation() {
    return article.dataset.citation || "";
  }

  function headerLines() {
    var lines = [clean(article.querySelector("#speech-title"))];
    var subtitle = article.querySelector(".speech__subtitle");
    if (subtitle) {
      lines.push(clean(subtitle));
    }
    return lines;
  }

  var texts = {
    section: function (button) {
      var section = document.getElementById(button.dataset.copySection);
      var lines = [];
      withSubsections(section).forEach(function (part) {
        lines = lines.concat(sectionLines(part));
      });
      return lines;
    },
    full: function () {
      var lines = headerLines();
      var salutation = article.querySelector(".salutation");
      if (salutation) {
        lines.push(clean(salutation));
      }
      sections.forEach(function (section) {
        lines = lines.concat(sectionLines(section));
      });
      return lines;
    },
    // The 提纲: the title and every heading with its number, sub-points indented.
    outline: function () {
      var lines = [clean(article.querySelector("#speech-title"))];
      sections.forEach(function (section) {
        var heading = section.querySelector(".section__heading");
        if (heading) {
          lines.push(new Array(levelOf(section)).join("\u3000\u3000") + clean(heading));
        }
      });
      return lines;
    },
  };
  var done = {
    section: "已复制本节及出处",
    full: "已复制全文及出处",
    outline: "已复制提纲及出处",
  };

  // The last resort: the text selected in a dialog, for the reader to copy by hand.
  function showDialog(text) {
    var dialog = document.getElementById("copy-dialog");
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.id = "copy-dialog";
      dialog.className = "copy-dialog";
      dialog.setAttribute("aria-labelledby", "copy-dialog-title");
      dialog.innerHTML =
        '<h2 id="copy-dialog-title">请手动复制</h2>' +
        '<p id="copy-dialog-help">浏览器不允许网页直接写入剪贴板。下面的文字已全部选中，' +
        "请按 Ctrl+C（苹果电脑按 ⌘+C）复制；手机上请长按后选择“复制”。</p>" +
        '<textarea readonly rows="10" aria-describedby="copy-dialog-help"></textarea>' +
        '<p class="copy-dialog__actions"><button type="button">关闭</button></p>';
      dialog.querySelector("button").addEventListener("click", function () {
        if (dialog.close) {
          dialog.close();
        } else {
          dialog.removeAttribute("open");
        }
      });
      document.body.appendChild(dialog);
    }
    var area = dialog.querySelector("textarea");
    area.value = text;
    if (dialog.showModal) {
      dialog.showModal();
    } else {
      dialog.setAttribute("open", "");
    }
    area.focus();
    area.select();
  }

  // Where the Clipboard API is missing (plain http:// on an intranet address, old browsers):
  // a hidden textarea and execCommand("copy"), which works inside the click that asked for it.
  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    area.style.opacity = "0";
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    area.setSelectionRange(0, text.length);
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    if (focused && focused.focus) {
      focused.focus();
    }
    return copied;
  }

  function copy(text, message) {
    function fallback() {
      if (copyWithSelection(text)) {
        say(message);
      } else {
        showDialog(text);
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        say(message);
      }, fallback);
    } else {
      fallback();
    }
  }

  // Every copy ends with the citation line.
  article.querySelectorAll("[data-copy-section], [data-copy]").forEach(function (button) {
    var kind = button.dataset.copySection ? "section" : button.dataset.copy;
    button.hidden = false;
    button.addEventListener("click", function () {
      var lines = texts[kind](button).filter(function (line) {
        return line;
      });
      lines.push(citation());
      copy(lines.join("\n"), done[kind]);
    });
  });
  article.querySelectorAll(".speech-tools__copy").forEach(function (row) {
    row.hidden = false;
  });

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
  var linked = sections.filter(function (section) {
    return links[section.id];
  });
  var current = null;

  // The section being read is the last one whose top has passed just under the window's top; at
  // the very end of the page, where a short last section cannot reach the top, the linked
  // section (the URL's #anchor) wins.
  function update() {
    var active = null;
    for (var i = 0; i < linked.length; i++) {
      if (linked[i].getBoundingClientRect().top > 48) {
        break;
      }
      active = linked[i];
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
