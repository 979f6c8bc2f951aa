// Draws a risk-map report's chart (Apache ECharts) from the accessible table named by data-chart-table: the first
// cell of each data-row is the category, each data-series column a series read from its cells' data-v (0-1 rates).
(function () {
  if (!window.echarts) {
    return;
  }
  var percent = new Intl.NumberFormat(document.documentElement.lang || undefined,
    { style: 'percent', maximumFractionDigits: 1 });
  function format(v) { return v == null ? '—' : percent.format(v); }
  document.querySelectorAll('[data-chart-table]').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-chart-table'));
    if (!table) {
      return;
    }
    var headings = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var columns = [];
    headings.forEach(function (th, i) { if (th.hasAttribute('data-series')) { columns.push(i); } });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-row]'));
    var categories = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var kind = element.getAttribute('data-chart-kind') || 'bar';
    var series = columns.map(function (c) {
      return {
        name: headings[c].textContent.trim(), type: kind, symbolSize: 8,
        data: rows.map(function (row) { var v = row.cells[c].getAttribute('data-v'); return v == null ? null : Number(v); })
      };
    });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis', valueFormatter: format },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 30, bottom: kind === 'bar' ? 80 : 30 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: kind === 'bar' ? 30 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: format } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
