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
    if (model.summaries.length) {
      element.appendChild(summaryTable(model.summaries, "Summary: all series"));
    }
    model.groups.forEach(function (group) {
      element.appendChild(renderGroup(group, model));
    });
  }

  /** Per pair: a geomean per unit (never across units or directions), the oriented overall, counts that add up. */
  function summaryTable(summaries, caption) {
    var el = common().el;
    var head = el("tr", {}, ["Runs", "Geomean new/old per unit", "Overall", "Series", "Worse", "Better", "Unchanged",
      "Inconclusive"].map(function (name) { return el("th", {scope: "col", text: name}); }));
    var rows = summaries.map(function (s) {
      return el("tr", {}, [
        el("th", {scope: "row", text: "#" + s.run + " vs #" + s.against}),
        el("td", {className: "pt-num pt-geomeans", text: s.geomeans.map(function (g) {
          return g.label + " " + g.text;
        }).join("; ") || "-"}),
        el("td", {className: "pt-num pt-overall", title: "geomean of " + s.withRatio +
          " changes, each oriented by its series' direction", text: s.overallText}),
        el("td", {className: "pt-num", text: String(s.series)}),
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
    if (group.summaries.length) {
      node.appendChild(summaryTable(group.summaries, "Summary: " + (group.name || "(no group)")));
    }
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
    var notes = [];
    var table = sectionTable(section, model, notes);
    var details = el("details", {className: "pt-table-details", open: section.tableShown},
      [el("summary", {text: "Table: " + section.rows.length + " rows"}), table]);
    if (notes.length) {
      details.appendChild(el("ol", {className: "pt-notes", "aria-label": "How the changes were judged"},
        notes.map(function (note) { return el("li", {text: note}); })));
    }
    node.appendChild(details);
    common().sortable(table);
    if (section.paged) {
      details.appendChild(common().paged(table, PAGE_SIZE));
    }
    return node;
  }

  /**
   * Columns per run: Score (the centre changes are computed from), ±%, Errors, then "Δ vs #k" for every earlier
   * run k: the same change the CLI and the summaries use; PerfTracker's symmetric ratio is in the cell's tip.
   */
  function sectionTable(section, model, notes) {
    var el = common().el;
    var top = [el("th", {scope: "col", rowspan: 2, "data-sort": 0, text: "Test"})];
    var names = [];
    var column = 1;
    model.runs.forEach(function (run, r) {
      var columns = ["Score", "±%", "Errors"];
      for (var k = 1; k <= r; k++) {
        columns.push("Δ vs #" + k);
      }
      top.push(el("th", {scope: "colgroup", colspan: columns.length, text: run.label}));
      columns.forEach(function (name) {
        names.push(el("th", {scope: "col", "data-sort": column++, text: name}));
      });
    });
    var rows = section.rows.map(function (row) { return tableRow(row, model, notes); });
    return el("table", {className: "pt-table pt-compare"}, [
      el("caption", {text: section.title + " " + (section.chart.subtitle || "")}),
      el("thead", {}, [el("tr", {}, top), el("tr", {}, names)]),
      el("tbody", {}, rows)]);
  }

  function tableRow(row, model, notes) {
    var el = common().el;
    var cells = [el("th", {scope: "row"}, row.title === row.unit ? [row.title]
      : [row.title + " ", el("span", {className: "pt-unit", text: row.unit})])];
    var next = 0;
    row.values.forEach(function (value, r) {
      cells.push(el("td", {className: "pt-num", "data-value": value.centre === null ? "" : value.centre,
        title: value.present ? "median of the samples (mean without raw samples); PerfTracker's mean: " +
          value.scoreText : "", text: value.centreText}));
      cells.push(el("td", {className: "pt-num", "data-value": value.present ? value.plusMinus : "",
        text: value.present ? String(value.plusMinus) : "-"}));
      cells.push(el("td", {className: value.failed ? "pt-failed" : "", text: value.errors}));
      for (var k = 0; k < r; k++) {
        cells.push(compareCell(row.cells[next++], notes));
      }
    });
    return el("tr", {}, cells);
  }

  function compareCell(cell, notes) {
    var el = common().el;
    var tip = cell.outcome + ": change " + cell.changeText;
    if (cell.changeLow !== null && cell.changeHigh !== null) {
      tip += " [" + percent(cell.changeLow) + ", " + percent(cell.changeHigh) + "]";
    }
    if (cell.pValue !== null) {
      tip += ", p=" + cell.pValue.toFixed(3) + ", adjusted p=" + cell.pAdjusted.toFixed(3) + " (" + cell.method + ")";
    }
    if (cell.whyUnchanged) {
      tip += ", unchanged: " + cell.whyUnchanged;
    }
    if (cell.note) {
      tip += ", " + cell.note;
    }
    tip += "; PerfTracker's symmetric ratio " + cell.ratioText;
    var prefix = cell.outcome === "unchanged" ? "~ " : cell.outcome === "inconclusive" ? "? " : "";
    var content = [prefix + cell.changeText];
    if (cell.basis) {
      if (notes.indexOf(cell.basis) < 0) {
        notes.push(cell.basis);
      }
      tip += "; " + cell.basis;
      content.push(el("sup", {className: "pt-note-ref", text: String(notes.indexOf(cell.basis) + 1)}));
    }
    return el("td", {className: "pt-num pt-cell " + cell.colourClass, "data-outcome": cell.outcome,
      "data-value": cell.change === null ? "" : cell.change, title: tip}, content);
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
