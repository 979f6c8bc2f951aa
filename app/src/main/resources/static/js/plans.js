// Charts of the plans pages, drawn with ECharts from JSON the server provides (no inline script: the CSP forbids it).
(function () {
  'use strict';

  function day(text) { return new Date(text + 'T00:00:00Z').getTime(); }

  function gantt(element, rows) {
    if (!rows.length) {
      element.textContent = element.dataset.empty;
      element.classList.add('empty');
      return;
    }
    element.style.height = Math.max(200, rows.length * 26 + 80) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var labels = rows.map(function (r) { return r.label.length > 60 ? r.label.slice(0, 57) + '…' : r.label; });
    chart.setOption({
      grid: { left: 360, right: 30, top: 20, bottom: 40 },
      tooltip: { formatter: function (p) { var r = rows[p.value[0]]; return r.label + '<br>' + (r.dates || r.start + ' – ' + r.end) + (r.calendar && r.calendar !== r.dates ? '<br>' + r.calendar : ''); } },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 340, overflow: 'truncate' } },
      series: [{
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data: rows.map(function (r, i) { return [i, day(r.start), day(r.end), r.status || '']; }),
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.6;
          return { type: 'rect', shape: { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 3), height: height },
                   style: api.style({ fill: '#0a58a8' }) };
        }
      }]
    });
  }

  function indicator(element, data) {
    var categories = [], baseline = [], targets = [], values = [];
    var periods = {};
    (data.targets || []).forEach(function (t) { if (t.amount != null) { periods[t.period] = periods[t.period] || { label: t.label || t.period }; periods[t.period].target = t.amount; } });
    (data.values || []).forEach(function (v) { if (v.amount != null && !v.sex && !v.ageGroup && !v.country && !v.constituency) { periods[v.period] = periods[v.period] || { label: v.label || v.period }; periods[v.period].value = v.amount; } });
    Object.keys(periods).sort().forEach(function (p) { categories.push(periods[p].label); targets.push(periods[p].target == null ? null : periods[p].target); values.push(periods[p].value == null ? null : periods[p].value); baseline.push(data.baseline == null ? null : data.baseline); });
    if (!categories.length) {
      element.textContent = element.dataset.empty;
      element.classList.add('empty');
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [element.dataset.baseline, element.dataset.targets, element.dataset.values] },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value' },
      series: [
        { name: element.dataset.baseline, type: 'line', data: baseline, lineStyle: { type: 'dashed' }, symbol: 'none', color: '#4a5560' },
        { name: element.dataset.targets, type: 'bar', data: targets, color: '#9db8d6' },
        { name: element.dataset.values, type: 'bar', data: values, color: '#0a58a8' }
      ]
    });
  }

  function load(selector, attribute, draw) {
    document.querySelectorAll(selector).forEach(function (element) {
      fetch(element.getAttribute(attribute), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (data) { draw(element, data); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') { return; }
    load('[data-timeline-url]', 'data-timeline-url', gantt);
    load('[data-indicator-url]', 'data-indicator-url', indicator);
  });
})();
