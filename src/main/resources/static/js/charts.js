// Charts drawn with Apache ECharts (served from /vendor/echarts) from a JSON description in each element's
// data-chart attribute, so that pages need no inline script under the strict CSP. Kinds: "bar" (categories with
// one count each), "radar" (axes up to max) and "line" (a value per category, between min and max). Labels arrive
// in the page's language. Reused by any page that loads echarts.min.js and this file: mark an element with
// data-chart and give it a height.
(function () {
  'use strict';

  function option(spec, width) {
    var series = spec.series || [];
    var base = {
      animation: false,
      title: spec.title ? { text: spec.title, left: 'center', textStyle: { fontSize: 13, fontWeight: 'normal' } } : undefined,
      // drawn inside the chart, not as HTML: nothing for the CSP to refuse
      tooltip: { renderMode: 'richText', trigger: spec.type === 'radar' ? 'item' : 'axis' },
      grid: { left: 40, right: 16, top: spec.title ? 36 : 16, bottom: 28, containLabel: true }
    };
    if (spec.type === 'radar') {
      base.radar = {
        indicator: spec.categories.map(function (name) { return { name: name, max: spec.max, min: spec.min || 0 }; }),
        radius: '62%',
        axisName: { color: '#333', fontSize: 11 }
      };
      base.series = [{
        type: 'radar',
        data: series.map(function (s) { return { name: s.name, value: s.data }; }),
        areaStyle: { opacity: 0.2 },
        label: { show: true, fontSize: 10 }
      }];
      return base;
    }
    // long names (units, requirements) wrap within their column instead of running into their neighbours
    var column = Math.max(36, Math.floor(((width || 600) - 70) / Math.max(1, spec.categories.length)) - 6);
    base.xAxis = {
      type: 'category',
      data: spec.categories,
      axisLabel: { interval: 0, fontSize: 11, width: column, overflow: 'break' }
    };
    base.yAxis = { type: 'value', minInterval: spec.type === 'bar' ? 1 : undefined, min: spec.min, max: spec.max };
    base.series = series.map(function (s) {
      return {
        name: s.name,
        type: spec.type === 'line' ? 'line' : 'bar',
        data: s.data,
        barMaxWidth: 36,
        label: { show: true, position: 'top', fontSize: 11 },
        connectNulls: true
      };
    });
    return base;
  }

  function render(element) {
    if (!window.echarts || element.dataset.chartDrawn) {
      return null;
    }
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(option(JSON.parse(element.dataset.chart), element.clientWidth));
    element.dataset.chartDrawn = 'true';
    return chart;
  }

  function renderAll(root) {
    var charts = [];
    (root || document).querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = render(element);
      if (chart) {
        charts.push(chart);
      }
    });
    return charts;
  }

  window.CadreCharts = { render: render, renderAll: renderAll, option: option };

  document.addEventListener('DOMContentLoaded', function () {
    var charts = renderAll(document);
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  });
})();
