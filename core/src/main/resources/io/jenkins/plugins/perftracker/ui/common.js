/*
 * perftracker UI: shared helpers of the page modules. Plain JavaScript for Jenkins' Content-Security-Policy:
 * no inline script, no eval, no innerHTML with data (text goes through textContent).
 */
(function (global) {
  "use strict";
  var perftracker = global.perftracker = global.perftracker || {};

  /** Creates an element: el("td", {className: "x", "aria-sort": "none"}, [children or text]). */
  function el(tag, attributes, children) {
    var node = global.document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === "className") {
        node.className = value;
      } else if (name === "text") {
        node.textContent = value;
      } else {
        node.setAttribute(name, value === true ? "" : String(value));
      }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? global.document.createTextNode(child) : child);
      }
    });
    return node;
  }

  /** The model of a page element: the JSON of the script element named by data-model, or fetched from data-model-url. */
  function readModel(element) {
    var id = element.getAttribute("data-model");
    if (id) {
      var script = global.document.getElementById(id);
      if (!script) {
        return Promise.reject(new Error("no model element #" + id));
      }
      return Promise.resolve(JSON.parse(script.textContent));
    }
    var url = element.getAttribute("data-model-url");
    if (!url) {
      return Promise.reject(new Error("a data-model or data-model-url attribute is expected"));
    }
    return global.fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(url + ": HTTP " + response.status);
        }
        return response.json();
      });
  }

  /** Renders every [data-perftracker-page] element under root with its page module. */
  function boot(root) {
    var elements = (root || global.document).querySelectorAll("[data-perftracker-page]");
    Array.prototype.forEach.call(elements, function (element) {
      var page = perftracker[element.getAttribute("data-perftracker-page")];
      if (!page || typeof page.render !== "function") {
        showError(element, "unknown page '" + element.getAttribute("data-perftracker-page") + "'");
        return;
      }
      readModel(element).then(function (model) {
        page.render(element, model);
        element.setAttribute("data-rendered", "true");
      }).catch(function (error) {
        showError(element, error.message);
      });
    });
  }

  function showError(element, message) {
    element.appendChild(el("p", {className: "pt-error", role: "alert", text: "Cannot show this page: " + message}));
  }

  /** A CSS variable of the page (Jenkins' theme), or the fallback. */
  function cssVar(name, fallback) {
    var value = global.getComputedStyle(global.document.documentElement).getPropertyValue(name);
    return value && value.trim() ? value.trim() : fallback;
  }

  /** ECharts on a container, coloured from the theme; resized with the window. Null without ECharts. */
  function chart(container, option) {
    if (!global.echarts) {
      container.appendChild(el("p", {className: "pt-error", text: "ECharts is not loaded: no chart."}));
      return null;
    }
    var instance = global.echarts.init(container, null, {renderer: "canvas"});
    var text = cssVar("--text-color", "#333");
    option.textStyle = option.textStyle || {color: text};
    option.animation = false;
    instance.setOption(option);
    global.addEventListener("resize", function () { instance.resize(); });
    return instance;
  }

  /** Makes a table sortable: each th[data-sort] gets a button; cells sort by data-value (numbers) or text. */
  function sortable(table) {
    var headers = table.querySelectorAll("thead th[data-sort]");
    Array.prototype.forEach.call(headers, function (th) {
      var column = Number(th.getAttribute("data-sort"));
      var label = th.textContent;
      th.textContent = "";
      th.setAttribute("aria-sort", "none");
      var button = el("button", {type: "button", className: "pt-sort", text: label,
        title: "Sort by " + label});
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortRows(table, column, ascending);
      });
      th.appendChild(button);
    });
  }

  function sortRows(table, column, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a.cells[column]);
      var y = sortKey(b.cells[column]);
      var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.dispatchEvent(new global.CustomEvent("pt-sorted"));
  }

  function sortKey(cell) {
    if (!cell) {
      return "";
    }
    var value = cell.getAttribute("data-value");
    if (value !== null && value !== "" && !isNaN(Number(value))) {
      return Number(value);
    }
    return value === "" ? Number.NEGATIVE_INFINITY : cell.textContent;
  }

  /** Shows a table's rows a page at a time, with labelled previous/next buttons. */
  function paged(table, size) {
    var page = 0;
    var status = el("span", {className: "pt-page-status", "aria-live": "polite"});
    var previous = el("button", {type: "button", text: "Previous", "aria-label": "Previous rows"});
    var next = el("button", {type: "button", text: "Next", "aria-label": "Next rows"});
    function show() {
      var rows = table.tBodies[0].rows;
      var pages = Math.max(1, Math.ceil(rows.length / size));
      page = Math.min(page, pages - 1);
      Array.prototype.forEach.call(rows, function (row, i) {
        row.hidden = Math.floor(i / size) !== page;
      });
      status.textContent = "Rows " + (page * size + 1) + "–" + Math.min(rows.length, (page + 1) * size) +
        " of " + rows.length;
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    previous.addEventListener("click", function () { page--; show(); });
    next.addEventListener("click", function () { page++; show(); });
    table.addEventListener("pt-sorted", show);
    show();
    return el("div", {className: "pt-pager"}, [previous, status, next]);
  }

  /** Links come from result files: only what parses as an http(s) URL (relative ones resolved against the page). */
  function safeUrl(url) {
    if (typeof url !== "string" || !url.trim()) {
      return "";
    }
    var absolute;
    try {
      // the URL parser drops the tabs, newlines and leading control characters a browser ignores in an href,
      // so "java\tscript:" and "\x01javascript:" show their real scheme here
      absolute = new global.URL(url);
    } catch (e) {
      absolute = null; // no scheme of its own: a relative link, which takes the page's own scheme
    }
    if (absolute) {
      return absolute.protocol === "http:" || absolute.protocol === "https:" ? absolute.href : "";
    }
    try {
      return new global.URL(url, global.document.baseURI).href;
    } catch (e) {
      return "";
    }
  }

  /** A number for display: up to 3 significant digits below 100, an integer above. */
  function formatNumber(value) {
    if (value === null || value === undefined || !isFinite(value)) {
      return "-";
    }
    return Math.abs(value) > 100 ? String(Math.round(value)) : String(Number(value.toPrecision(3)));
  }

  /** Coefficients c0..cd of the least-squares polynomial, by the normal equations and Gaussian elimination. */
  function polyfit(xs, ys, degree) {
    var n = degree + 1;
    var a = [];
    for (var row = 0; row < n; row++) {
      a.push([]);
      for (var col = 0; col <= n; col++) {
        var sum = 0;
        for (var i = 0; i < xs.length; i++) {
          sum += Math.pow(xs[i], row) * (col === n ? ys[i] : Math.pow(xs[i], col));
        }
        a[row].push(sum);
      }
    }
    for (var p = 0; p < n; p++) {
      var pivot = p;
      for (var r = p + 1; r < n; r++) {
        if (Math.abs(a[r][p]) > Math.abs(a[pivot][p])) { pivot = r; }
      }
      var swap = a[p]; a[p] = a[pivot]; a[pivot] = swap;
      for (var below = p + 1; below < n; below++) {
        var factor = a[p][p] === 0 ? 0 : a[below][p] / a[p][p];
        for (var c = p; c <= n; c++) { a[below][c] -= factor * a[p][c]; }
      }
    }
    var result = new Array(n).fill(0);
    for (var k = n - 1; k >= 0; k--) {
      var rest = a[k][n];
      for (var j = k + 1; j < n; j++) { rest -= a[k][j] * result[j]; }
      result[k] = a[k][k] === 0 ? 0 : rest / a[k][k];
    }
    return result;
  }

  perftracker.common = {
    el: el, readModel: readModel, boot: boot, chart: chart, sortable: sortable, paged: paged,
    cssVar: cssVar, safeUrl: safeUrl, formatNumber: formatNumber, polyfit: polyfit
  };
}(window));
