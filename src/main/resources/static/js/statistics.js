// The statistics page's charts lead to what they count: a click on a bar opens the drill-down of its category,
// read from the chart element's data-chart-links (one address per category). charts.js draws the charts on
// DOMContentLoaded; this file is loaded after it, so its listener runs once they exist. Each chart also lists its
// links under it, for keyboards and screen readers. A chart of two series gets a legend.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('[data-chart-links]').forEach(function (element) {
      var chart = window.echarts.getInstanceByDom(element);
      var links = JSON.parse(element.dataset.chartLinks);
      if (!chart) {
        return;
      }
      // two series (the period and the year before) need their names beside the colours
      if (JSON.parse(element.dataset.chart).series.length > 1) {
        chart.setOption({ legend: { bottom: 0, textStyle: { fontSize: 11 } }, grid: { bottom: 44 } });
      }
      element.style.cursor = 'pointer';
      chart.on('click', function (event) {
        var link = links[event.dataIndex];
        if (link) {
          window.location.assign(link);
        }
      });
    });
  });
})();
