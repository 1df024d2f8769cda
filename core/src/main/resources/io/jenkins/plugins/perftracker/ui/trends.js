/*
 * perftracker UI: the trends page (series over builds, change points marked, click-through to builds, a series
 * picker with search). Model: TrendsView JSON. window.perftracker.trends.render(element, model)
 */
(function (global) {
  "use strict";
  var perftracker = global.perftracker = global.perftracker || {};
  var DEFAULT_SHOWN = 6;
  var instance = 0;

  function common() {
    return perftracker.common;
  }

  function render(element, model) {
    var el = common().el;
    var prefix = "pt-trends-" + (instance++);
    element.textContent = "";
    element.classList.add("pt-trends");
    if (!model.series.length) {
      element.appendChild(el("p", {text: "No series to show."}));
      return;
    }
    var charts = el("div", {className: "pt-trend-charts", "aria-live": "polite"});
    var picker = seriesPicker(model, prefix, function (chosen) { showCharts(charts, model, chosen); });
    element.appendChild(el("div", {className: "pt-trends-layout"}, [picker.node, charts]));
    element.appendChild(changePointTable(model));
    showCharts(charts, model, picker.chosen());
  }

  /** Checkboxes per series, filtered by a search box; series with change points are shown first by default. */
  function seriesPicker(model, prefix, onChange) {
    var el = common().el;
    var withChanges = model.series.filter(function (s) { return s.changePoints.length; });
    var initial = (withChanges.length ? withChanges : model.series).slice(0, DEFAULT_SHOWN)
      .map(function (s) { return s.id; });
    var boxes = [];
    var items = model.series.map(function (s) {
      var id = prefix + "-" + s.id;
      var box = el("input", {type: "checkbox", id: id, value: s.id, checked: initial.indexOf(s.id) >= 0});
      box.addEventListener("change", function () { onChange(chosen()); });
      boxes.push(box);
      var count = s.changePoints.length ? " (" + s.changePoints.length + " change)" : "";
      return el("li", {"data-name": (s.group + " " + s.name).toLowerCase()},
        [box, el("label", {"for": id, text: " " + (s.group ? s.group + " / " : "") + s.name + count})]);
    });
    var searchId = prefix + "-search";
    var search = el("input", {type: "search", id: searchId, className: "pt-search", placeholder: "Search…"});
    var list = el("ul", {className: "pt-series-list"}, items);
    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      items.forEach(function (item) {
        var name = item.getAttribute("data-name");
        item.hidden = !words.every(function (w) { return name.indexOf(w) >= 0; });
      });
    });
    function chosen() {
      return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    }
    var node = el("fieldset", {className: "pt-picker"}, [el("legend", {text: "Series"}),
      el("label", {"for": searchId, text: "Search series "}), search, list]);
    return {node: node, chosen: chosen};
  }

  function showCharts(container, model, chosen) {
    var el = common().el;
    Array.prototype.forEach.call(container.querySelectorAll(".pt-chart"), function (node) {
      if (global.echarts && global.echarts.getInstanceByDom(node)) {
        global.echarts.getInstanceByDom(node).dispose();
      }
    });
    container.textContent = "";
    model.series.filter(function (s) { return chosen.indexOf(s.id) >= 0; }).forEach(function (s) {
      var title = (s.group ? s.group + " / " : "") + s.name;
      var chart = el("div", {className: "pt-chart", role: "img", "data-series": s.id,
        "aria-label": "Trend of " + title + ", " + s.changePoints.length + " change points"});
      container.appendChild(el("div", {className: "pt-trend"}, [el("h4", {text: title}), chart]));
      var instance = common().chart(chart, chartOption(s, model));
      if (instance) {
        instance.on("click", function (params) {
          var build = model.builds[params.dataIndex];
          var url = build ? common().safeUrl(build.url) : "";
          if (url) {
            global.location.assign(url);
          }
        });
      }
    });
  }

  function chartOption(s, model) {
    var text = common().cssVar("--text-color", "#333");
    var marks = s.changePoints.map(function (c) {
      var colour = c.direction === "regression" ? "#d24939" : "#1ea64b";
      return {xAxis: c.index, label: {formatter: c.changeText, color: colour},
        lineStyle: {color: colour, type: "dashed", width: 2}};
    });
    return {
      tooltip: {trigger: "axis"},
      grid: {left: 70, right: 30, top: 36, bottom: 50},
      xAxis: {type: "category", data: model.builds.map(function (b) { return b.label; }),
        axisLabel: {color: text}},
      yAxis: {type: "value", name: s.unit + (s.lessIsBetter ? " (lower is better)" : " (higher is better)"),
        scale: true, axisLabel: {color: text}},
      series: [{type: "line", name: s.name, connectNulls: true, symbolSize: 8,
        data: s.values.map(function (v) { return v === null ? "-" : v; }),
        markLine: {symbol: "none", silent: true, data: marks}}]
    };
  }

  function changePointTable(model) {
    var el = common().el;
    var rows = [];
    model.series.forEach(function (s) {
      s.changePoints.forEach(function (c) {
        var url = common().safeUrl(model.builds[c.index].url);
        rows.push(el("tr", {}, [
          el("th", {scope: "row", text: (s.group ? s.group + " / " : "") + s.name}),
          el("td", {"data-value": c.index}, [url ? el("a", {href: url, text: c.build}) : c.build]),
          el("td", {className: "pt-num " + (c.direction === "regression" ? "pt-regressed" : "pt-improved"),
            "data-value": c.forwardChange === null ? "" : c.forwardChange, text: c.changeText}),
          el("td", {className: "pt-num", "data-value": c.pValue === null ? "" : c.pValue,
            text: c.pValue === null ? "-" : c.pValue.toPrecision(2)}),
          el("td", {text: c.direction})
        ]));
      });
    });
    var head = ["Series", "Build", "Change", "p-value", "Direction"].map(function (name, i) {
      return el("th", {scope: "col", "data-sort": i, text: name});
    });
    var table = el("table", {className: "pt-table pt-change-points"}, [
      el("caption", {text: "Change points (" + rows.length + ")"}),
      el("thead", {}, [el("tr", {}, head)]), el("tbody", {}, rows)]);
    common().sortable(table);
    return table;
  }

  perftracker.trends = {render: render};
}(window));
