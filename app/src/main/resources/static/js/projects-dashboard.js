// Draws the delivery dashboard's charts (Apache ECharts) from the JSON named by data-charts; no inline script or style.
(function () {
  var holder = document.querySelector('[data-charts]');
  if (!holder || !window.echarts) {
    return;
  }
  // Amounts written the way the page's language writes numbers ("1.234.567" in Spanish), not the chart library's way.
  var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 0 });
  function amount(v) { return v == null ? '—' : numbers.format(v); }
  function draw(element, figures, labels, horizontal) {
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var keys = figures.map(function (f) { return f.key; });
    var category = { type: 'category', data: keys, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
    var value = { type: 'value', axisLabel: { formatter: amount } };
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis', valueFormatter: amount },
      legend: { top: 0 },
      grid: { left: horizontal ? 150 : 60, right: 20, top: 30, bottom: 30 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [
        { name: labels.budget, type: 'bar', data: figures.map(function (f) { return f.budget; }) },
        { name: labels.expenditure, type: 'bar', data: figures.map(function (f) { return f.expenditure; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  fetch(holder.getAttribute('data-charts'), { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      holder.querySelectorAll('[data-chart]').forEach(function (element) {
        var name = element.getAttribute('data-chart');
        draw(element, data[name] || [], data.labels, name !== 'years');
      });
    });
})();
