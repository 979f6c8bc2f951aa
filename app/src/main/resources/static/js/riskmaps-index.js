// The vulnerability index's map (Apache ECharts): territories from the index's GeoJSON (c code, n name, l level,
// s score) coloured by level with the legend's own colours; hover shows the name, level and score. The legend and
// the territory table are in the page, so nothing depends on this script but the drawing.
(function () {
  var holder = document.getElementById('index-map');
  if (!holder || !window.echarts) {
    return;
  }
  var lang = document.documentElement.lang || undefined;
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  var text = function (name) { return holder.getAttribute('data-' + name) || ''; };
  var levelNames = text('level-names').split('|');
  var colours = levelNames.map(function (_, i) {
    var swatch = document.querySelector('.legend .level-' + (i + 1) + '-of-' + levelNames.length);
    return swatch ? getComputedStyle(swatch).backgroundColor : '#888';
  });

  function escape(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  function tooltip(item) {
    var p = item.data && item.data.p;
    if (!p) { return escape(item.name) + '<br>' + escape(text('no-data')); }
    return '<strong>' + escape(p.n) + '</strong><br>' + escape(text('level')) + ': ' + escape(levelNames[p.l - 1] || '')
      + '<br>' + escape(text('score')) + ': ' + number.format(p.s);
  }

  fetch(text('geojson'), { headers: { 'Accept': 'application/geo+json' } })
    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
    .then(function (geojson) {
      echarts.registerMap('index', geojson);
      var chart = echarts.init(holder, null, { renderer: 'canvas' });
      chart.setOption({
        aria: { enabled: true },
        tooltip: { trigger: 'item', formatter: tooltip },
        visualMap: { type: 'piecewise', show: false, pieces: colours.map(function (c, i) { return { value: i + 1, color: c }; }) },
        series: [{
          type: 'map', map: 'index', nameProperty: 'c', roam: true, selectedMode: false,
          itemStyle: { areaColor: '#d9d9d9', borderColor: '#666', borderWidth: 0.4 },
          emphasis: { label: { show: false }, itemStyle: { borderWidth: 1.5, borderColor: '#000' } },
          data: geojson.features.filter(function (f) { return f.properties.l != null; })
            .map(function (f) { return { name: f.properties.c, value: f.properties.l, p: f.properties }; })
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () { holder.textContent = text('loading-failed'); });
})();
