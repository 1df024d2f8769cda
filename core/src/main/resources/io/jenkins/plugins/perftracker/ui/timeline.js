/*
 * perftracker UI: the hosts timeline of the hardware farm (PerfTracker's hw farm timeline): one row per host, lock
 * bars coloured by lock type, "now" marked, a legend and a table of the locks. Model: the farm package's
 * FarmTimeline JSON (times in epoch milliseconds). window.perftracker.timeline.render(element, model)
 */
(function (global) {
  "use strict";
  var perftracker = global.perftracker = global.perftracker || {};
  var COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([0-9., %]+\))$/i;

  function common() {
    return perftracker.common;
  }

  /** Lock type colours come from configuration: only plain CSS colours are used. */
  function colour(value, fallback) {
    return typeof value === "string" && COLOUR.test(value.trim()) ? value.trim() : fallback;
  }

  function render(element, model) {
    var el = common().el;
    element.textContent = "";
    element.classList.add("pt-timeline");
    if (!model.rows.length) {
      element.appendChild(el("p", {text: "No hosts to show."}));
      return;
    }
    var chart = el("div", {className: "pt-chart pt-timeline-chart", role: "img",
      "aria-label": "Locks of " + model.rows.length + " hosts from " + day(model.windowStart) + " to " +
        day(model.windowEnd)});
    chart.style.height = Math.max(160, 60 + 32 * model.rows.length) + "px";
    element.appendChild(chart);
    element.appendChild(legend(model.lockTypes));
    element.appendChild(lockTable(model));
    common().sortable(element.querySelector("table"));
    global.setTimeout(function () { common().chart(chart, option(model)); }, 0);
  }

  function day(millis) {
    return new Date(millis).toISOString().substring(0, 10);
  }

  function legend(types) {
    var el = common().el;
    return el("ul", {className: "pt-legend", "aria-label": "Lock types"}, types.map(function (t) {
      var swatch = el("span", {className: "pt-swatch", "aria-hidden": "true"});
      swatch.style.background = colour(t.background, "#777");
      return el("li", {}, [swatch, " " + t.name + (t.outOfService ? " (out of service)" : "")]);
    }));
  }

  function lockTable(model) {
    var el = common().el;
    var labels = {};
    model.rows.forEach(function (r) { labels[r.host] = r.label; });
    var head = ["Host", "Lock", "Owner", "Type", "Begin", "End"].map(function (name, i) {
      return el("th", {scope: "col", "data-sort": i, text: name});
    });
    var rows = model.bars.map(function (b) {
      return el("tr", {}, [el("th", {scope: "row", text: labels[b.host] || b.host}),
        el("td", {text: b.title}), el("td", {text: b.owner}), el("td", {text: b.type}),
        el("td", {"data-value": b.begin, text: time(b.begin)}),
        el("td", {"data-value": b.end, text: b.open ? "open (" + time(b.end) + ")" : time(b.end)})]);
    });
    return el("table", {className: "pt-table pt-locks"}, [el("caption", {text: "Locks (" + rows.length + ")"}),
      el("thead", {}, [el("tr", {}, head)]), el("tbody", {}, rows)]);
  }

  function time(millis) {
    return new Date(millis).toISOString().substring(0, 16).replace("T", " ") + " UTC";
  }

  function option(model) {
    var text = common().cssVar("--text-color", "#333");
    var index = {};
    model.rows.forEach(function (r, i) { index[r.host] = i; });
    var data = model.bars.filter(function (b) { return index[b.host] !== undefined; }).map(function (b) {
      return {value: [index[b.host], b.begin, b.end], name: b.hint,
        itemStyle: {color: colour(b.background, "#777"), opacity: b.open ? 0.75 : 1}};
    });
    return {
      tooltip: {formatter: function (params) { return escapeHtml(params.name); }},
      grid: {left: 160, right: 30, top: 20, bottom: 40},
      xAxis: {type: "time", min: model.windowStart, max: model.windowEnd, axisLabel: {color: text}},
      yAxis: {type: "category", inverse: true, axisLabel: {color: text},
        data: model.rows.map(function (r) { return r.label + (r.status ? " · " + r.status.toLowerCase() : ""); })},
      series: [{type: "custom", renderItem: renderBar, encode: {x: [1, 2], y: 0}, data: data,
        markLine: {symbol: "none", silent: true, label: {formatter: "now"},
          lineStyle: {color: "#d24939", type: "solid"}, data: [{xAxis: model.now}]}}]
    };
  }

  function renderBar(params, api) {
    var start = api.coord([api.value(1), api.value(0)]);
    var end = api.coord([api.value(2), api.value(0)]);
    var height = api.size([0, 1])[1] * 0.6;
    var shape = global.echarts.graphic.clipRectByRect({x: start[0], y: start[1] - height / 2,
      width: Math.max(2, end[0] - start[0]), height: height},
      {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
    return shape && {type: "rect", transition: ["shape"], shape: shape, style: api.style()};
  }

  /** ECharts puts tooltip text into HTML: lock titles and owners are user input. */
  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  perftracker.timeline = {render: render, escapeHtml: escapeHtml};
}(window));
