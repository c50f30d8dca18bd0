/* flashcards card script: small enhancements; every card reads fine without it.
 * Inlined into the templates that need it (no media file, no network). Plain ES5 and
 * idempotent: Anki may run it again on the same document. */
(function () {
  "use strict";
  // Letters of every pinyin style: Latin with tone marks, digits, and zhuyin with its tone marks.
  var LETTER = "0-9A-Za-z\u00C0-\u024F\u0300-\u036F\u3100-\u312F\u31A0-\u31BF\u02C7\u02CA\u02CB\u02D9";
  var WORD = new RegExp("^([^" + LETTER + "]*)(.*?)([^" + LETTER + "]*)$");

  // A traditional form identical to the simplified one tells the learner nothing; nor does
  // one identical to the headword above it (a build showing traditional characters).
  var trads = document.querySelectorAll("[data-fc-simplified]");
  var head = document.querySelector(".fc-back .fc-hanzi");
  var shown = head ? head.textContent.trim() : null;
  for (var i = 0; i < trads.length; i++) {
    var text = trads[i].querySelector(".fc-trad-text");
    var trad = text ? text.textContent.trim() : null;
    if (text && (trad === trads[i].getAttribute("data-fc-simplified").trim() || trad === shown)) {
      trads[i].className += " fc-same";
    }
  }

  // The studied word's pinyin inside the sentence's pinyin: a gap on fronts ([data-fc-gap]),
  // highlighted on backs ([data-fc-mark]). Sentence pinyin has one space-separated chunk per
  // word, so whole chunks are compared, in marks and in numbers.
  var key = document.querySelector("[data-fc-key]");
  if (!key || !key.textContent.trim()) return;
  var forms = [plain(key.textContent)];
  var numbered = "", syllables = key.querySelectorAll("[class*=tone]");
  for (var s = 0; s < syllables.length; s++) {
    var tone = /tone([1-5])/.exec(syllables[s].className);
    numbered += stripMarks(syllables[s].textContent) + (tone ? tone[1] : "");
  }
  if (numbered) forms.push(plain(numbered));

  var places = document.querySelectorAll("[data-fc-gap], [data-fc-mark]");
  for (var p = 0; p < places.length; p++) {
    var el = places[p];
    if (el.children.length) continue; // done already, or markup this script does not know
    var gap = el.hasAttribute("data-fc-gap"), found = false;
    var html = el.textContent.split(/(\s+)/).map(function (chunk) {
      var m = WORD.exec(chunk);
      if (!m || !m[2] || forms.indexOf(plain(m[2])) < 0) return escapeHtml(chunk);
      found = true;
      var inner = gap ? '<span class="fc-gap">____</span>' : '<span class="target">' + escapeHtml(m[2]) + "</span>";
      return escapeHtml(m[1]) + inner + escapeHtml(m[3]);
    }).join("");
    if (found) el.innerHTML = html;
  }

  function plain(s) { return s.trim().toLowerCase().replace(/['\u2019]/g, ""); }
  function stripMarks(s) {
    // Keep U+0308 so that ü survives; drop the tone marks.
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u0307\u0309-\u036F]/g, "").normalize("NFC") : s;
  }
  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
})();
