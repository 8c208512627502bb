/* Detail page opened from a search result (?q=…): mark every hit of the query's terms and step
   through them with 上一处 / 下一处 or the keys n / p. The terms come from the server, folded
   (data-needles on the bar); the page text is folded the same way (speeches/search/fold.py: NFKC
   width fold, lower case, traditional → simplified from search-fold-table.js), character by
   character so offsets in the folded text are offsets in the page text.

   Only what the search indexes is marked: the title and subtitle, and each section's heading and
   body (quotations are part of the body). Matches are found in each of those blocks' whole text,
   so a term crossing a quotation mark's element is still one hit, and overlapping hits of
   different terms are one hit: the count agrees with the server's (the bar's data-occurrences).
   Without JavaScript the page simply reads as usual. */
(function () {
  "use strict";

  var bar = document.getElementById("search-hits-bar");
  var article = document.querySelector("article.speech");
  if (!bar || !article) {
    return;
  }
  var needles;
  try {
    needles = JSON.parse(bar.dataset.needles || "[]");
  } catch (e) {
    needles = [];
  }
  needles = needles.filter(function (n) { return typeof n === "string" && n.length > 0; });
  if (!needles.length) {
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

  // The text nodes of a block, skipping what is not indexed (section numbers, hidden labels).
  function textNodes(block) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.parentNode.closest(".section__number, .visually-hidden, script, style")) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    return nodes;
  }

  // The block's folded text, and for each folded UTF-16 unit its [node index, offset in node].
  function foldBlock(nodes) {
    var out = "";
    var where = [];
    nodes.forEach(function (node, n) {
      var i = 0;
      for (var ch of node.nodeValue) {
        var f = foldChar(ch);
        out += f;
        for (var k = 0; k < f.length; k++) {
          where.push([n, i, i + ch.length]);
        }
        i += ch.length;
      }
    });
    return { text: out, where: where };
  }

  function spansOf(folded) {
    var spans = [];
    needles.forEach(function (needle) {
      var at = folded.indexOf(needle);
      while (at >= 0) {
        spans.push([at, at + needle.length]);
        at = folded.indexOf(needle, at + 1);
      }
    });
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
    return merged;
  }

  // Wrap [start, end) of a text node in a <mark>; returns the mark.
  function wrap(node, start, end) {
    var range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    var mark = document.createElement("mark");
    mark.className = "search-hit";
    range.surroundContents(mark);
    return mark;
  }

  var hits = []; // each hit: its marks (more than one when it crosses an element)
  var blocks = article.querySelectorAll(
    "#speech-title, .speech__subtitle, .section__heading, .section__body > p"
  );
  blocks.forEach(function (block) {
    var nodes = textNodes(block);
    var folded = foldBlock(nodes);
    var spans = spansOf(folded.text);
    if (!spans.length) {
      return;
    }
    // Per node, the pieces to wrap, as [start, end, hit]; wrapped from the end of each node
    // so that earlier offsets stay valid.
    var pieces = nodes.map(function () { return []; });
    spans.forEach(function (span, h) {
      var first = folded.where[span[0]];
      var last = folded.where[span[1] - 1];
      for (var n = first[0]; n <= last[0]; n++) {
        var start = n === first[0] ? first[1] : 0;
        var end = n === last[0] ? last[2] : nodes[n].nodeValue.length;
        if (end > start) {
          pieces[n].push([start, end, h]);
        }
      }
    });
    var blockHits = spans.map(function () { return []; });
    pieces.forEach(function (list, n) {
      for (var i = list.length - 1; i >= 0; i--) {
        blockHits[list[i][2]].unshift(wrap(nodes[n], list[i][0], list[i][1]));
      }
    });
    blockHits.forEach(function (marks) {
      if (marks.length) {
        hits.push(marks);
      }
    });
  });

  var status = bar.querySelector(".search-hits-status");
  var prev = bar.querySelector(".search-hits-prev");
  var next = bar.querySelector(".search-hits-next");
  bar.hidden = false;
  bar.dataset.marked = String(hits.length);
  if (!hits.length) {
    prev.hidden = true;
    next.hidden = true;
    return;
  }
  var summary = status.textContent;
  var current = -1;
  // Start from the anchor's section when the link pointed at one.
  if (window.location.hash) {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) {
      for (var i = 0; i < hits.length; i++) {
        if (target.contains(hits[i][0])) {
          current = i - 1;
          break;
        }
      }
    }
  }

  function go(step) {
    if (current >= 0) {
      hits[current].forEach(function (m) { m.classList.remove("search-hit--current"); });
    }
    if (current < 0 && step < 0) {
      current = hits.length - 1;
    } else {
      current = (current + step + hits.length) % hits.length;
    }
    hits[current].forEach(function (m) { m.classList.add("search-hit--current"); });
    hits[current][0].scrollIntoView({ block: "center" });
    status.textContent = summary + "，第 " + (current + 1) + " 处";
  }

  prev.addEventListener("click", function () { go(-1); });
  next.addEventListener("click", function () { go(1); });
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    if (event.key === "n" || event.key === "N") {
      event.preventDefault();
      go(1);
    } else if (event.key === "p" || event.key === "P") {
      event.preventDefault();
      go(-1);
    }
  });
})();
