/* Detail page opened from a search result (?q=…): mark every hit of the query's terms in the
   speech and offer "下一处" (next hit). The fold matches the server's (speeches/search/fold.py):
   NFKC width fold, lower case, traditional → simplified (search-fold-table.js), character by
   character so offsets in the folded text are offsets in the page text. Without JavaScript the
   page simply reads as usual. */
(function () {
  "use strict";

  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").slice(0, 200);
  var root = document.querySelector("article") || document.querySelector("main");
  if (!query.trim() || !root) {
    return;
  }

  var map = new Map();
  var from = Array.from(window.SEARCH_FOLD_FROM || "");
  var to = Array.from(window.SEARCH_FOLD_TO || "");
  from.forEach(function (c, i) {
    map.set(c, to[i]);
  });

  function foldChar(c) {
    var f = c.normalize("NFKC").toLowerCase();
    return Array.from(f).map(function (x) { return map.get(x) || x; }).join("");
  }

  // Folded text plus, for each folded UTF-16 unit, the offset of its original unit.
  function foldWithOffsets(text) {
    var out = "";
    var offsets = [];
    var i = 0;
    for (var ch of text) {
      var f = foldChar(ch);
      out += f;
      for (var k = 0; k < f.length; k++) {
        offsets.push(i);
      }
      i += ch.length;
    }
    offsets.push(i);
    return { text: out, offsets: offsets };
  }

  // Terms as the server parses them: spaces separate, "…" / “…” / 「…」 keep a phrase, -词 excludes.
  function terms(q) {
    var folded = foldWithOffsets(q).text;
    var re = /(-)?(?:"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|(\S+))/g;
    var out = [];
    var m;
    while ((m = re.exec(folded)) !== null) {
      if (m[1]) {
        continue;
      }
      var value = (m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : m[5] || "").trim();
      if (value && /[\p{L}\p{N}\p{M}\p{S}]/u.test(value) && !/^[&|!()<>*:^~+=\\/'"-]+$/.test(value) && out.indexOf(value) < 0) {
        out.push(value);
      }
    }
    return out;
  }

  var needles = terms(query);
  if (!needles.length) {
    return;
  }

  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      var parent = node.parentNode;
      if (!node.nodeValue.trim() || parent.closest("script, style, mark.search-hit, nav, form, button")) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  var nodes = [];
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }

  var marks = [];
  nodes.forEach(function (node) {
    var text = node.nodeValue;
    var folded = foldWithOffsets(text);
    var spans = [];
    needles.forEach(function (needle) {
      var at = folded.text.indexOf(needle);
      while (at >= 0) {
        spans.push([folded.offsets[at], folded.offsets[at + needle.length - 1] + 1]);
        at = folded.text.indexOf(needle, at + 1);
      }
    });
    if (!spans.length) {
      return;
    }
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.push([s[0], s[1]]);
      }
    });
    var fragment = document.createDocumentFragment();
    var cursor = 0;
    merged.forEach(function (s) {
      fragment.appendChild(document.createTextNode(text.slice(cursor, s[0])));
      var mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = text.slice(s[0], s[1]);
      fragment.appendChild(mark);
      marks.push(mark);
      cursor = s[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(cursor)));
    node.parentNode.replaceChild(fragment, node);
  });

  var bar = document.getElementById("search-hits-bar");
  if (!bar) {
    return;
  }
  var status = bar.querySelector(".search-hits-status");
  var next = bar.querySelector(".search-hits-next");
  bar.hidden = false;
  if (!marks.length) {
    status.textContent = "本篇中没有找到“" + query + "”";
    next.hidden = true;
    return;
  }
  var current = -1;
  // Start from the anchor's section when the link pointed at one.
  if (window.location.hash) {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) {
      for (var i = 0; i < marks.length; i++) {
        if (target.contains(marks[i])) {
          current = i - 1;
          break;
        }
      }
    }
  }
  function show() {
    status.textContent = "第 " + (current + 1) + " / " + marks.length + " 处";
  }
  status.textContent = "共 " + marks.length + " 处";
  next.addEventListener("click", function () {
    if (current >= 0) {
      marks[current].classList.remove("search-hit--current");
    }
    current = (current + 1) % marks.length;
    var mark = marks[current];
    mark.classList.add("search-hit--current");
    mark.scrollIntoView({ block: "center" });
    show();
  });
})();
