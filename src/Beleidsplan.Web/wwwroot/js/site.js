// The plan menu is a <details> that is open in the markup, so it works without JavaScript and stands
// open beside the text on wide screens. On a phone it starts closed, so the text comes first.
(function () {
  var menu = document.querySelector("details.plan-nav");
  if (!menu || !window.matchMedia) {
    return;
  }

  var wide = window.matchMedia("(min-width: 48em)");
  function fit() {
    menu.open = wide.matches;
  }

  fit();
  if (wide.addEventListener) {
    wide.addEventListener("change", fit);
  }
})();
