// The worksheet (templates/pages/pages/tool_worksheet.html): print and download buttons. The
// answers never leave the browser: the text file is made here, as a Blob, and nothing is sent
// or stored anywhere.
(function () {
  "use strict";

  function answersAsText(sheet) {
    var lines = [sheet.getAttribute("data-worksheet-title"), ""];
    var date = new Date().toISOString().slice(0, 10);
    lines.push(date, "");
    var heading = null;
    sheet.querySelectorAll("[data-worksheet-answer]").forEach(function (field) {
      var part = field.closest("[data-worksheet-part]");
      var name = part ? part.getAttribute("data-worksheet-part") : null;
      if (name && name !== heading) {
        heading = name;
        lines.push("", name, "=".repeat(name.length), "");
      }
      lines.push(field.getAttribute("data-worksheet-question"));
      lines.push(field.value.trim() || "–", "");
    });
    return lines.join("\n");
  }

  function download(sheet) {
    var blob = new Blob([answersAsText(sheet)], { type: "text/plain;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = sheet.getAttribute("data-worksheet-file") || "arbetsblad.txt";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  function enhance(sheet) {
    var buttons = sheet.querySelector("[data-worksheet-buttons]");
    if (!buttons) return;
    buttons.hidden = false;
    sheet.querySelector("[data-worksheet-print]").addEventListener("click", function () {
      window.print();
    });
    sheet.querySelector("[data-worksheet-download]").addEventListener("click", function () {
      download(sheet);
    });
  }

  document.querySelectorAll("[data-worksheet]").forEach(enhance);
})();
