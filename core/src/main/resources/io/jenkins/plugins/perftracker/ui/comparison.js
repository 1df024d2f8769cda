/*
 * perftracker UI: the comparison page (PerfTracker's comparison of 2..N runs). Model: ComparisonView JSON.
 * window.perftracker.comparison.render(element, model)
 */
(function (global) {
  "use strict";
  var perftracker = global.perftracker = global.perftracker || {};
  var PAGE_SIZE = 20;

  function common() {
    return perftracker.common;
  }

  function render(element, model) {
    var el = common().el;
    element.textContent = "";
    element.classList.add("pt-comparison");
    element.appendChild(el("ol", {className: "pt-runs", "aria-label": "Compared runs"},
      model.runs.map(function (run) { return el("li", {text: run.label}); })));
    element.appendChild(summaryTable(model.summaries, "Summary: all series"));
    model.groups.forEach(function (group) {
      element.appendChild(renderGroup(group, model));
    });
  }

  function summaryTable(summaries, caption) {
    var el = common().el;
    var head = el("tr", {}, ["Runs", "Geomean new/old", "Series", "Worse", "Better", "Unchanged", "Inconclusive"]
      .map(function (name) { return el("th", {scope: "col", text: name}); }));
    var rows = summaries.map(function (s) {
      return el("tr", {}, [
        el("th", {scope: "row", text: "#" + s.run + " vs #" + s.against}),
        el("td", {className: "pt-num", text: s.geomeanText}),
        el("td", {className: "pt-num", text: String(s.rows)}),
        el("td", {className: "pt-num" + (s.regressed ? " pt-regressed" : ""), text: String(s.regressed)}),
        el("td", {className: "pt-num" + (s.improved ? " pt-improved" : ""), text: String(s.improved)}),
        el("td", {className: "pt-num", text: String(s.unchanged)}),
        el("td", {className: "pt-num", text: String(s.inconclusive)})
      ]);
    });
    return el("table", {className: "pt-table pt-summary"},
      [el("caption", {text: caption}), el("thead", {}, [head]), el("tbody", {}, rows)]);
  }

  function renderGroup(group, model) {
    var el = common().el;
    var node = el("section", {className: "pt-group"}, [el("h3", {text: group.name || "(no group)"})]);
    node.appendChild(summaryTable(group.summaries, "Summary: " + (group.name || "(no group)")));
    group.sections.forEach(function (section) {
      node.appendChild(renderSection(section, model));
    });
    return node;
  }

  function renderSection(section, model) {
    var el = common().el;
    var node = el("div", {className: "pt-section", id: "pt-section-" + section.id},
      [el("h4", {text: section.title})]);
    if (section.chart.type !== "none") {
      node.appendChild(chartBlock(section, model));
    }
    var table = sectionTable(section, model);
    var details = el("details", {className: "pt-table-details", open: section.tableShown},
      [el("summary", {text: "Table: " + section.rows.length + " rows"}), table]);
    node.appendChild(details);
    common().sortable(table);
    if (section.paged) {
      details.appendChild(common().paged(table, PAGE_SIZE));
    }
    return node;
  }

  /** Columns per run: Score, ±%, Errors, then "% vs #k" for every earlier run k. */
  function sectionTable(section, model) {
    var el = common().el;
    var top = [el("th", {scope: "col", rowspan: 2, "data-sort": 0, text: "Test"})];
    var names = [];
    var column = 1;
    model.runs.forEach(function (run, r) {
      var columns = ["Score", "±%", "Errors"];
      for (var k = 1; k <= r; k++) {
        columns.push("% vs #" + k);
      }
      top.push(el("th", {scope: "colgroup", colspan: columns.length, text: run.label}));
      columns.forEach(function (name) {
        names.push(el("th", {scope: "col", "data-sort": column++, text: name}));
      });
    });
    var rows = section.rows.map(function (row) { return tableRow(row, model); });
    return el("table", {className: "pt-table pt-compare"}, [
      el("caption", {text: section.title + " " + (section.chart.subtitle || "")}),
      el("thead", {}, [el("tr", {}, top), el("tr", {}, names)]),
      el("tbody", {}, rows)]);
  }

  function tableRow(row, model) {
    var el = common().el;
    var cells = [el("th", {scope: "row"}, [row.title + " ", el("span", {className: "pt-unit", text: row.unit})])];
    var next = 0;
    row.values.forEach(function (value, r) {
      cells.push(el("td", {className: "pt-num", "data-value": value.score === null ? "" : value.score,
        text: value.scoreText}));
      cells.push(el("td", {className: "pt-num", "data-value": value.present ? value.plusMinus : "",
        text: value.present ? String(value.plusMinus) : "-"}));
      cells.push(el("td", {className: value.failed ? "pt-failed" : "", text: value.errors}));
      for (var k = 0; k < r; k++) {
        cells.push(compareCell(row.cells[next++]));
      }
    });
    return el("tr", {}, cells);
  }

  function compareCell(cell) {
    var el = common().el;
    var tip = cell.outcome + ": change " + cell.changeText;
    if (cell.changeLow !== null && cell.changeHigh !== null) {
      tip += " [" + percent(cell.changeLow) + ", " + percent(cell.changeHigh) + "]";
    }
    if (cell.pAdjusted !== null) {
      tip += ", adjusted p=" + cell.pAdjusted.toPrecision(2) + " (" + cell.method + ")";
    }
    if (cell.note) {
      tip += ", " + cell.note;
    }
    return el("td", {className: "pt-num pt-cell " + cell.colourClass, "data-outcome": cell.outcome,
      "data-value": cell.change === null ? "" : cell.change, title: tip, text: cell.ratioText});
  }

  function percent(value) {
    return (value > 0 ? "+" : "") + (100 * value).toFixed(1) + "%";
  }

  function chartBlock(section, model) {
    var el = common().el;
    var container = el("div", {className: "pt-chart", role: "img",
      "aria-label": "Chart of " + section.title + " " + section.chart.subtitle});
    var block = el("div", {className: "pt-chart-block"}, [container]);
    var trend = null;
    if (section.chart.series.length && section.chart.categories.length > 2) {
      var id = "pt-trend-" + section.id;
      trend = el("input", {type: "checkbox", id: id, className: "pt-trend-toggle"});
      block.insertBefore(el("div", {className: "pt-controls"},
        [trend, el("label", {"for": id, text: " Show trend lines"})]), container);
    }
    global.setTimeout(function () {
      var chart = common().chart(container, chartOption(section, model, false));
      if (chart && trend) {
        trend.addEventListener("change", function () {
          chart.setOption(chartOption(section, model, trend.checked), true);
        });
      }
    }, 0);
    return block;
  }

  function chartOption(section, model, withTrend) {
    var chart = section.chart;
    var xy = chart.type === "xy";
    var text = common().cssVar("--text-color", "#333");
    var series = [];
    var failed = [];
    chart.series.forEach(function (s) {
      var data = s.values.map(function (v, i) {
        var point = xy ? [chart.x[i], v === null ? "-" : v] : (v === null ? "-" : v);
        if (s.failed[i] && v !== null) {
          failed.push(xy ? [chart.x[i], v] : [chart.categories[i], v]);
          if (!xy) {
            return {value: v, label: {show: true, position: "top", formatter: "fail"}};
          }
        }
        return point;
      });
      series.push({type: xy ? "line" : "bar", name: s.name, data: data, connectNulls: true});
      if (withTrend) {
        series.push(trendSeries(s, chart, xy));
      }
    });
    if (failed.length) {
      series.push({type: "scatter", name: "Failed test", symbol: "diamond", symbolSize: 14, z: 10,
        itemStyle: {color: "#000"}, data: failed});
    }
    return {
      title: {text: section.title, subtext: chart.subtitle, left: "center",
        textStyle: {color: text, fontSize: 14}, subtextStyle: {color: text}},
      tooltip: {trigger: xy ? "item" : "axis"},
      legend: {bottom: 0, textStyle: {color: text}, type: "scroll"},
      grid: {left: 60, right: 30, top: 60, bottom: chart.rotateLabels ? 110 : 60},
      toolbox: {feature: {dataZoom: {}, magicType: {type: ["line", "bar"]}, saveAsImage: {}}},
      xAxis: xy ? {type: "value", name: chart.xName, nameLocation: "middle", nameGap: 28, scale: true}
        : {type: "category", data: chart.categories, axisLabel: {rotate: chart.rotateLabels ? 45 : 0}},
      yAxis: {type: "value", name: chart.unit, scale: xy},
      series: series
    };
  }

  /** A dashed grey least-squares polynomial (degree up to 3) through one run's points, as PerfTracker's "+ trend". */
  function trendSeries(s, chart, xy) {
    var xs = [];
    var ys = [];
    s.values.forEach(function (v, i) {
      if (v !== null) {
        xs.push(xy ? chart.x[i] : i);
        ys.push(v);
      }
    });
    var coefficients = common().polyfit(xs, ys, Math.min(3, xs.length - 1));
    var data = s.values.map(function (v, i) {
      var x = xy ? chart.x[i] : i;
      var y = coefficients.reduce(function (sum, c, power) { return sum + c * Math.pow(x, power); }, 0);
      return xy ? [x, y] : y;
    });
    return {type: "line", name: s.name + " trend", data: data, symbol: "none", smooth: true,
      lineStyle: {type: "dashed", color: "#888"}, itemStyle: {color: "#888"}};
  }

  perftracker.comparison = {render: render};
}(window));
