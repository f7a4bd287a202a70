// Reacting to a version. Words selected in a part of the text are copied into the Passage field and
// that part is chosen in the form; a "Reageer op dit onderdeel" link chooses its part without
// reloading the page, so nothing typed is lost. Without JavaScript the links reload the page with the
// part chosen, and a passage can be pasted.
(function () {
  var form = document.querySelector("form.reaction-form");
  var text = document.querySelector("[data-reacting-text]");
  if (!form || !text) {
    return;
  }

  var select = form.querySelector("[data-reaction-part]");
  var passage = form.querySelector("[data-reaction-passage]");
  var notice = form.querySelector("[data-reaction-passage-notice]");
  var max = parseInt(passage.getAttribute("data-max"), 10) || 2000;
  var taken = null; // the passage this script took over, and from which part

  function announce(message) {
    if (notice) {
      notice.textContent = message;
    }
  }

  function choose(key) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === key) {
        select.value = key;
        return select.options[i].text;
      }
    }

    return null;
  }

  function partOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    var part = element ? element.closest("[data-part]") : null;
    return part && text.contains(part) ? part : null;
  }

  function takeSelection() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }

    // A selection across two parts belongs to the part it started in.
    var part = partOf(selection.getRangeAt(0).commonAncestorContainer) || partOf(selection.anchorNode);
    var words = selection.toString().replace(/\s+/g, " ").trim();
    if (!part || !words) {
      return;
    }

    if (words.length > max) {
      words = words.slice(0, max - 1) + "\u2026";
    }

    if (passage.value === words) {
      return;
    }

    passage.value = words;
    taken = { words: words, part: part.getAttribute("data-part") };
    var title = choose(taken.part);
    announce("Passage overgenomen" + (title ? " uit " + title : "") + ".");
  }

  var timer = null;
  document.addEventListener("selectionchange", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(takeSelection, 200);
  });
  text.addEventListener("mouseup", takeSelection);
  text.addEventListener("keyup", takeSelection);

  text.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-react-to]") : null;
    var key = link ? link.getAttribute("data-react-to") : null;
    if (!link || choose(key) === null) {
      return;
    }

    event.preventDefault();
    // The person chose this part: a selection still standing in another part must not take it back
    // when the pending selectionchange (or the focus move below) runs takeSelection again.
    window.clearTimeout(timer);
    var selection = window.getSelection();
    if (selection && partOf(selection.anchorNode) && partOf(selection.anchorNode).getAttribute("data-part") !== key) {
      selection.removeAllRanges();
    }

    // A passage taken from another part does not belong to this one; one typed or pasted stays.
    if (taken && taken.part !== key && passage.value === taken.words) {
      passage.value = "";
      taken = null;
      announce("De passage uit het andere onderdeel is weggehaald.");
    }

    form.scrollIntoView({ block: "start" });
    select.focus();
  });
})();
