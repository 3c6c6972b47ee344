"""The page's inline JS: tooltip on hover and focus, and the lane switch.

It only ever sets textContent from the marks' data-* attributes, never HTML, so article text
cannot become markup. Errors are counted on <body data-js-errors> for the browser test.
"""

SCRIPT = """
(() => {
  const body = document.body;
  window.addEventListener("error", () => {
    body.dataset.jsErrors = String(Number(body.dataset.jsErrors || 0) + 1);
  });
  const svg = document.getElementById("timeline");
  const tip = document.getElementById("tooltip");
  const rows = [["title", ""], ["date", "Date"], ["type", "Type"], ["actor", "Actor"],
                ["place", "Place"], ["counts", "Reported"]];
  const show = (mark) => {
    tip.replaceChildren();
    for (const [name, key] of rows) {
      const line = document.createElement("div");
      line.className = "t-" + name;
      if (key) {
        const k = document.createElement("span");
        k.className = "k";
        k.textContent = key;
        line.append(k);
      }
      line.append(document.createTextNode(mark.dataset[name] || ""));
      tip.append(line);
    }
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const left = Math.min(box.right + 12, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + window.scrollX + "px";
    tip.style.top = box.bottom + 8 + window.scrollY + "px";
  };
  const hide = () => { tip.hidden = true; };
  const laneBy = (by) => {
    for (const lanes of svg.querySelectorAll(".lanes")) {
      lanes.setAttribute("display", lanes.dataset.by === by ? "inline" : "none");
    }
    for (const mark of svg.querySelectorAll(".mark")) {
      mark.setAttribute("transform", "translate(0 " + mark.getAttribute("data-y-" + by) + ")");
    }
    svg.setAttribute("height", svg.getAttribute("data-height-" + by));
    body.dataset.laneBy = by;
  };
  if (svg) {
    const over = (event) => { const m = event.target.closest(".mark"); if (m) show(m); };
    const out = (event) => { if (event.target.closest(".mark")) hide(); };
    svg.addEventListener("mouseover", over);
    svg.addEventListener("focusin", over);
    svg.addEventListener("mouseout", out);
    svg.addEventListener("focusout", out);
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
    for (const radio of document.querySelectorAll("input[name=lane-by]")) {
      radio.addEventListener("change", () => laneBy(radio.value));
      // timeline.html#actor opens with lanes by actor: a link can choose the view.
      if (location.hash === "#" + radio.value) {
        radio.checked = true;
        laneBy(radio.value);
      }
    }
  }
  body.dataset.jsReady = "1";
})();
"""
