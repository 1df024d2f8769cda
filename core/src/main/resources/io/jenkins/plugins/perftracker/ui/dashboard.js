/*
 * perftracker UI: the build-time dashboard (Buildtime Trend's dashboard): five metrics, eight chart panels, filters,
 * timeframe buttons and auto-refresh. Model: the buildtime package's DashboardModel JSON. When the page element has
 * data-model-url, controls fetch that URL again with ?timeframe=…&filter_…=…; data-refresh="<minutes>" (or the
 * page's ?refresh=) reloads it periodically, never more often than the model's maxAgeSeconds.
 * A model with buildLinks ({label: url}) links bars and slices of those labels to the builds.
 * window.perftracker.dashboard.render(element, model)
 */
(function (global) {
  "use strict";
  var perftracker = global.perftracker = global.perftracker || {};
  var TIMEFRAMES = [["day", "Day"], ["week", "Week"], ["month", "Month"], ["year", "Year"]];
  var instance = 0;

  function common() {
    return perftracker.common;
  }

  function render(element, model) {
    var el = common().el;
    var live = Boolean(element.getAttribute("data-model-url"));
    disposeCharts(element);
    element.textContent = "";
    element.classList.add("pt-dashboard");
    element.setAttribute("data-timeframe", model.timeframe);
    element.appendChild(controls(element, model, live));
    element.appendChild(el("ul", {className: "pt-metrics", "aria-label": "Metrics"}, model.metrics.map(metric)));
    var panels = el("div", {className: "pt-panels"});
    element.appendChild(panels);
    byPanel(model.charts).forEach(function (charts) { panels.appendChild(panel(charts, model.buildLinks)); });
    if (live) {
      scheduleRefresh(element, model);
    }
  }

  function controls(element, model, live) {
    var el = common().el;
    var prefix = "pt-dashboard-" + (instance++);
    var buttons = TIMEFRAMES.map(function (t) {
      var button = el("button", {type: "button", className: "pt-timeframe", "data-timeframe": t[0],
        "aria-pressed": t[0] === model.timeframe ? "true" : "false", disabled: !live, text: t[1]});
      button.addEventListener("click", function () { reload(element, {timeframe: t[0]}); });
      return button;
    });
    var filters = model.filters.map(function (f) {
      var id = prefix + "-" + f.parameter;
      var select = el("select", {id: id, name: f.parameter, disabled: !live},
        [el("option", {value: "", text: "All"})].concat(f.options.map(function (o) {
          return el("option", {value: o, selected: o === f.selected, text: o});
        })));
      select.addEventListener("change", function () {
        var change = {};
        change[f.parameter] = select.value;
        reload(element, change);
      });
      return el("span", {className: "pt-filter"}, [el("label", {"for": id, text: f.caption + " "}), select]);
    });
    return el("div", {className: "pt-dashboard-controls"}, [
      el("div", {className: "pt-timeframes", role: "group", "aria-label": "Timeframe"}, buttons),
      el("div", {className: "pt-filters-row"}, filters),
      el("p", {className: "pt-window", text: "From " + model.windowStart + " to " + model.windowEnd + " (UTC)" +
        (live ? "" : "; a saved page: controls are off")})]);
  }

  function metric(m) {
    var el = common().el;
    var value = m.value === null ? "-" : String(m.value) + (m.suffix || "");
    var item = el("li", {className: "pt-metric", "data-metric": m.id},
      [el("span", {className: "pt-metric-value", text: value}), el("span", {className: "pt-metric-title",
        text: m.title})]);
    if (m.colour) {
      item.style.borderTopColor = m.colour;
      item.setAttribute("data-colour", m.colour);
    }
    return item;
  }

  function byPanel(charts) {
    var panels = {};
    var order = [];
    charts.forEach(function (c) {
      if (!panels[c.panel]) {
        panels[c.panel] = [];
        order.push(c.panel);
      }
      panels[c.panel].push(c);
    });
    return order.sort(function (a, b) { return a - b; }).map(function (p) { return panels[p]; });
  }

  /** One panel; charts sharing a panel are tabs, as in Buildtime Trend. Hidden tabs draw when first shown. */
  function panel(charts, links) {
    var el = common().el;
    var node = el("section", {className: "pt-panel"});
    var views = charts.map(function (c) {
      var chart = el("div", {className: "pt-chart", role: "img", "data-chart": c.id, "aria-label": c.title});
      return {model: c, node: el("div", {className: "pt-tab-panel", role: "tabpanel"}, [chart]), chart: chart,
        drawn: false};
    });
    var tabs = el("div", {role: "tablist", className: "pt-tabs"});
    views.forEach(function (view, i) {
      var tab = el("button", {type: "button", role: "tab", "aria-selected": i === 0 ? "true" : "false",
        text: view.model.title});
      tab.addEventListener("click", function () { select(i); });
      tabs.appendChild(tab);
      node.appendChild(view.node);
    });
    node.insertBefore(charts.length > 1 ? tabs : el("h3", {text: charts[0].title}), node.firstChild);
    function select(chosen) {
      views.forEach(function (view, i) {
        view.node.hidden = i !== chosen;
        tabs.children[i].setAttribute("aria-selected", i === chosen ? "true" : "false");
        if (i === chosen && !view.drawn) {
          view.drawn = true;
          linkBars(common().chart(view.chart, option(view.model)), links);
        }
      });
    }
    global.setTimeout(function () { select(0); }, 0);
    return node;
  }

  /** A model may map labels (build ids) to build pages: a click on such a bar or slice opens the build. */
  function linkBars(instance, links) {
    if (instance && links) {
      instance.on("click", function (params) {
        var url = common().safeUrl(links[params.name]);
        if (url) {
          global.location.href = url;
        }
      });
    }
  }

  function option(chart) {
    var text = common().cssVar("--text-color", "#333");
    var seconds = chart.unit === "seconds";
    var format = seconds ? duration : function (v) { return String(v); };
    if (chart.type === "pie") {
      var first = chart.series[0] || {values: []};
      return {tooltip: {trigger: "item"}, legend: {bottom: 0, type: "scroll", textStyle: {color: text}},
        series: [{type: "pie", radius: "60%", data: chart.labels.map(function (label, i) {
          return {name: label, value: first.values[i] === null ? 0 : first.values[i]};
        })}]};
    }
    return {
      tooltip: {trigger: "axis", valueFormatter: function (v) { return v === null ? "-" : format(v); }},
      legend: {bottom: 0, type: "scroll", textStyle: {color: text}},
      grid: {left: 70, right: 20, top: 20, bottom: 60},
      xAxis: {type: "category", data: chart.labels.map(shortTime), axisLabel: {color: text}},
      yAxis: {type: "value", axisLabel: {color: text, formatter: format}},
      series: chart.series.map(function (s) {
        return {type: chart.type === "area" ? "line" : "bar", name: s.name,
          stack: chart.type === "stacked-bar" || chart.type === "area" ? "total" : null,
          areaStyle: chart.type === "area" ? {} : null, itemStyle: s.colour ? {color: s.colour} : null,
          data: s.values.map(function (v) { return v === null ? "-" : v; })};
      })
    };
  }

  /** Interval starts are ISO instants: a day shows as its date, an hour as "MM-DD HH:mm"; other labels stay. */
  function shortTime(label) {
    var match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d)(:\d\d(\.\d+)?)?Z$/.exec(label);
    if (!match) {
      return label;
    }
    return match[4] === "00:00" ? match[1] + "-" + match[2] + "-" + match[3] : match[2] + "-" + match[3] + " " + match[4];
  }

  /** Seconds as "1h 2m 3s", as the Buildtime Trend dashboard shows durations. */
  function duration(value) {
    var total = Math.round(Number(value));
    var h = Math.floor(total / 3600);
    var m = Math.floor((total % 3600) / 60);
    var s = total % 60;
    return (h ? h + "h " : "") + (h || m ? m + "m " : "") + s + "s";
  }

  /** Fetches the model again with changed parameters and draws it. */
  function reload(element, change) {
    var url = new global.URL(element.getAttribute("data-model-url"), global.location.href);
    Object.keys(change).forEach(function (name) {
      if (change[name]) {
        url.searchParams.set(name, change[name]);
      } else {
        url.searchParams.delete(name);
      }
    });
    element.setAttribute("data-model-url", url.pathname + url.search);
    element.setAttribute("aria-busy", "true");
    return common().readModel(element).then(function (model) {
      render(element, model);
      element.removeAttribute("aria-busy");
      element.setAttribute("data-rendered", "true");
    }).catch(function (error) {
      element.removeAttribute("aria-busy");
      element.appendChild(common().el("p", {className: "pt-error", role: "alert",
        text: "Cannot refresh the dashboard: " + error.message}));
    });
  }

  function scheduleRefresh(element, model) {
    var fromPage = new global.URLSearchParams(global.location.search).get("refresh");
    var minutes = Number(element.getAttribute("data-refresh") || fromPage || 0);
    global.clearTimeout(element.ptRefresh);
    if (minutes > 0) {
      var delay = Math.max(minutes * 60, model.maxAgeSeconds || 0) * 1000;
      element.ptRefresh = global.setTimeout(function () { reload(element, {}); }, delay);
    }
  }

  function disposeCharts(element) {
    Array.prototype.forEach.call(element.querySelectorAll(".pt-chart"), function (node) {
      var chart = global.echarts && global.echarts.getInstanceByDom(node);
      if (chart) {
        chart.dispose();
      }
    });
  }

  perftracker.dashboard = {render: render, duration: duration, shortTime: shortTime};
}(window));
