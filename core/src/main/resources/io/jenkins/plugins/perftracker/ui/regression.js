/*
 * perftracker UI: the regression tag page (PerfTracker's regression view): class filters with counts and a small
 * chart per series. Model: RegressionView JSON. window.perftracker.regression.render(element, model)
 */
(function (global) {
  "use strict";
  var perftracker = global.perftracker = global.perftracker || {};
  var instance = 0;

  function common() {
    return perftracker.common;
  }

  function render(element, model) {
    var el = common().el;
    var prefix = "pt-regression-" + (instance++);
    element.textContent = "";
    element.classList.add("pt-regression");
    element.appendChild(summary(model.summary));
    var cards = [];
    var sections = [];
    var filters = classFilters(model.classes, prefix, function () { applyFilters(); });
    element.appendChild(filters.node);
    model.groups.forEach(function (group) {
      var grid = el("div", {className: "pt-mini-grid"});
      group.series.forEach(function (series) {
        var card = miniCard(series, model);
        cards.push(card);
        grid.appendChild(card.node);
      });
      var section = el("section", {className: "pt-group"}, [el("h3", {text: group.name || "(no group)"}), grid]);
      sections.push({node: section, cards: cards.slice(cards.length - group.series.length)});
      element.appendChild(section);
    });
    function applyFilters() {
      var shown = filters.shown();
      cards.forEach(function (card) {
        card.node.hidden = shown.indexOf(card.series.trendClass) < 0;
        if (!card.node.hidden) {
          card.draw();
        }
      });
      sections.forEach(function (section) {
        section.node.hidden = section.cards.every(function (card) { return card.node.hidden; });
      });
    }
    applyFilters();
  }

  function summary(s) {
    var el = common().el;
    var span = s.firstTime && s.lastTime ? s.firstTime.substring(0, 10) + " – " + s.lastTime.substring(0, 10) : "-";
    return el("dl", {className: "pt-facts"}, [
      el("dt", {text: "Tag"}), el("dd", {text: s.tag}),
      el("dt", {text: "Builds"}), el("dd", {text: s.builds + (s.excluded ? " (" + s.excluded + " excluded)" : "")}),
      el("dt", {text: "First / last build"}), el("dd", {text: "#" + s.firstBuild + " / #" + s.lastBuild}),
      el("dt", {text: "Time range"}), el("dd", {text: span})]);
  }

  function classFilters(classes, prefix, onChange) {
    var el = common().el;
    var boxes = [];
    var items = classes.map(function (c) {
      var id = prefix + "-" + c.id;
      var box = el("input", {type: "checkbox", id: id, value: c.id, checked: c.shown});
      box.addEventListener("change", onChange);
      boxes.push(box);
      return el("span", {className: "pt-class-filter pt-class-" + c.id}, [box,
        el("label", {"for": id, text: " " + c.label + " (" + c.count + ")"})]);
    });
    return {
      node: el("fieldset", {className: "pt-filters"}, [el("legend", {text: "Show series by trend"})].concat(items)),
      shown: function () {
        return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      }
    };
  }

  /** A card with a series' mini chart, drawn the first time it is shown (hidden charts cannot size). */
  function miniCard(series, model) {
    var el = common().el;
    var chart = el("div", {className: "pt-chart pt-mini-chart", role: "img",
      "aria-label": series.title + ": first to last " + series.ratioText + ", " + series.x.length + " builds"});
    var node = el("div", {className: "pt-mini pt-class-" + series.trendClass, "data-class": series.trendClass},
      [el("h4", {}, [series.title + " ", el("span", {className: "pt-unit", text: series.unit})]),
        el("p", {className: "pt-ratio", text: "first → last: " + series.ratioText + (series.lessIsBetter ?
          " (inverted: lower is better)" : "")}), chart]);
    var drawn = false;
    return {
      node: node, series: series, draw: function () {
        if (!drawn) {
          drawn = true;
          common().chart(chart, option(series));
        }
      }
    };
  }

  function option(series) {
    var text = common().cssVar("--text-color", "#333");
    var data = series.y.map(function (v) { return v === null ? "-" : v; });
    var lines = [{type: "line", name: series.title, data: data, symbolSize: 6,
      markLine: {symbol: "none", silent: true, label: {show: false}, lineStyle: {color: "#d24939", type: "dashed"},
        data: series.changePoints.map(function (i) { return {xAxis: i}; })}}];
    if (series.trendLine && series.y.length > 1) {
      var xs = series.y.map(function (v, i) { return i; });
      var c = common().polyfit(xs, series.y, Math.min(3, series.y.length - 1));
      lines.push({type: "line", name: "trend", symbol: "none", smooth: true,
        lineStyle: {type: "dashed", color: "#888"}, itemStyle: {color: "#888"},
        data: xs.map(function (x) { return c.reduce(function (s, k, p) { return s + k * Math.pow(x, p); }, 0); })});
    }
    return {
      tooltip: {trigger: "axis"},
      grid: {left: 50, right: 12, top: 12, bottom: 28},
      xAxis: {type: "category", data: series.x, axisLabel: {color: text, fontSize: 10}},
      yAxis: {type: "value", scale: true, axisLabel: {color: text, fontSize: 10}},
      series: lines
    };
  }

  perftracker.regression = {render: render};
}(window));
