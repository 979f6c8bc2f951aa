// The validation's scatter chart (Apache ECharts): each territory's modelled rate against its observed rate, read
// from the accessible table named by data-table (rows with data-m and data-o, 0-1 rates), with the line where
// both are equal. The table stays in the page, so nothing depends on this script but the drawing.
(function () {
  var holder = document.getElementById('validation-chart');
  if (!holder || !window.echarts) {
    return;
  }
  var table = document.getElementById(holder.getAttribute('data-table'));
  if (!table) {
    return;
  }
  var percent = new Intl.NumberFormat(document.documentElement.lang || undefined,
    { style: 'percent', maximumFractionDigits: 1 });
  var points = Array.prototype.slice.call(table.querySelectorAll('tbody tr')).map(function (row) {
    return { value: [Number(row.getAttribute('data-m')), Number(row.getAttribute('data-o'))],
             name: row.cells[0].textContent.trim() };
  });
  var top = points.reduce(function (m, p) { return Math.max(m, p.value[0], p.value[1]); }, 0) || 1;
  var chart = echarts.init(holder, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true },
    tooltip: {
      trigger: 'item',
      formatter: function (p) {
        var span = document.createElement('span');
        span.textContent = p.name;
        return span.innerHTML + '<br>' + holder.getAttribute('data-x') + ': ' + percent.format(p.value[0])
          + '<br>' + holder.getAttribute('data-y') + ': ' + percent.format(p.value[1]);
      }
    },
    grid: { left: 70, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'value', name: holder.getAttribute('data-x'), nameLocation: 'middle', nameGap: 30, min: 0, max: top,
             axisLabel: { formatter: function (v) { return percent.format(v); } } },
    yAxis: { type: 'value', name: holder.getAttribute('data-y'), nameLocation: 'middle', nameGap: 55, min: 0, max: top,
             axisLabel: { formatter: function (v) { return percent.format(v); } } },
    series: [
      { type: 'scatter', symbolSize: 8, data: points },
      { type: 'line', data: [[0, 0], [top, top]], symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#888' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
