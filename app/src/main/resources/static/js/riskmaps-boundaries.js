// Draws a boundary set's territories (Apache ECharts) from the GeoJSON named by data-boundaries; no inline script or
// style. The table beside it lists the same territories for readers who do not see the map.
(function () {
  var holder = document.querySelector('[data-boundaries]');
  if (!holder || !window.echarts || !window.fetch) {
    return;
  }
  holder.style.height = '32rem';
  fetch(holder.getAttribute('data-boundaries'), { headers: { Accept: 'application/geo+json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (shapes) {
      if (!shapes || !shapes.features.length) {
        return;
      }
      var names = {};
      shapes.features.forEach(function (f) { names[f.properties.code] = f.properties.name || f.properties.code; });
      echarts.registerMap('boundaries', shapes);
      var chart = echarts.init(holder, null, { renderer: 'svg' });
      chart.setOption({
        aria: { enabled: true },
        tooltip: {
          trigger: 'item',
          formatter: function (item) { return echarts.format.encodeHTML(names[item.name] + ' (' + item.name + ')'); }
        },
        series: [{
          type: 'map', map: 'boundaries', nameProperty: 'code', roam: true, selectedMode: false,
          itemStyle: { areaColor: '#dfe8f1', borderColor: '#4a5d73', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#9fb9d3' } },
          data: Object.keys(names).map(function (code) { return { name: code }; })
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
}());
