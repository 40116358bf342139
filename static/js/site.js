// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";

  // Small screens: turn the always-open main menu into a disclosure.
  function enhanceMainNav(nav) {
    var toggle = nav.querySelector(".main-nav__toggle");
    if (!toggle) return;
    toggle.hidden = false;
    function setOpen(open) {
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? "Stäng" : "Meny";
    }
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // Videos: nothing is requested from the provider until the visitor presses play.
  function enhanceVideo(figure) {
    var button = figure.querySelector(".video__play");
    var placeholder = figure.querySelector(".video__placeholder");
    if (!button || !placeholder) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.className = "video__frame";
      frame.src = figure.getAttribute("data-video-src");
      frame.title = figure.getAttribute("data-video-title");
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      placeholder.replaceWith(frame);
      frame.focus();
    });
  }

  document.querySelectorAll("[data-main-nav]").forEach(enhanceMainNav);
  document.querySelectorAll("[data-video]").forEach(enhanceVideo);
})();
