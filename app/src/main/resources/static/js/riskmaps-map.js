// The risk map (Apache ECharts): territories from the run's compact GeoJSON (c code, n name, l level, r rate,
// lo/hi its 90 % interval, k children, b/g boys'/girls' rates, a rates by age band), coloured by level with the
// legend's own colours, or by a rate; hover shows the figures, a click or Enter opens the fiche. The legend and the
// table beside the map are in the page, so nothing depends on this script but the drawing.
(function () {
  var holder = document.getElementById('risk-map');
  if (!holder || !window.echarts) {
    return;
  }
  var lang = document.documentElement.lang || undefined;
  var percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  var count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  var text = function (name) { return holder.getAttribute('data-' + name) || ''; };
  var levelNames = text('level-names').split('|');
  var levels = levelNames.length;
  var noData = '#d9d9d9';
  var colours = levelNames.map(function (_, i) {
    var swatch = document.querySelector('.legend .level-' + (i + 1) + '-of-' + levels);
    return swatch ? getComputedStyle(swatch).backgroundColor : '#888';
  });
  var features = [];
  var chart = echarts.init(holder, null, { renderer: 'canvas' });
  var select = document.getElementById('map-view');

  function value(p, view) {
    if (p.l == null) { return null; }
    if (view === 'l') { return p.l; }
    if (view.charAt(0) === 'a') { return p.a ? p.a[Number(view.substring(1))] : null; }
    return p[view] == null ? null : p[view];
  }

  function tooltip(item) {
    var p = item.data && item.data.p;
    if (!p) { return ''; }
    var lines = ['<strong>' + escape(p.n) + '</strong>'];
    if (p.l == null) {
      lines.push(escape(text('no-data')));
    } else {
      lines.push(escape(text('level')) + ': ' + escape(levelNames[p.l - 1] || ''));
      lines.push(escape(text('rate')) + ': ' + percent.format(p.r));
      lines.push(escape(text('interval')) + ': ' + percent.format(p.lo) + ' – ' + percent.format(p.hi));
      lines.push(escape(text('children')) + ': ' + count.format(p.k));
    }
    return lines.join('<br>');
  }

  function escape(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  function draw() {
    var view = select ? select.value : 'l';
    var data = features.map(function (f) {
      var v = value(f.properties, view);
      return { name: f.properties.c, value: v == null ? NaN : v, p: f.properties };
    });
    var rates = data.map(function (d) { return d.value; }).filter(function (v) { return !isNaN(v); });
    var visualMap = view === 'l'
      ? { type: 'piecewise', show: false, pieces: colours.map(function (c, i) { return { value: i + 1, color: c }; }) }
      : { type: 'continuous', show: true, left: 10, bottom: 10, calculable: false,
          min: rates.length ? Math.min.apply(null, rates) : 0, max: rates.length ? Math.max.apply(null, rates) : 1,
          inRange: { color: ['#ffffb2', '#fd8d3c', '#bd0026'] },
          formatter: function (v) { return percent.format(v); } };
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'item', formatter: tooltip },
      visualMap: visualMap,
      series: [{
        type: 'map', map: 'run', nameProperty: 'c', roam: true, selectedMode: false,
        itemStyle: { areaColor: noData, borderColor: '#666', borderWidth: 0.4 },
        emphasis: { label: { show: false }, itemStyle: { borderWidth: 1.5, borderColor: '#000' } },
        data: data
      }]
    }, { replaceMerge: ['visualMap', 'series'] });
  }

  function open(code) {
    window.location.href = text('fiche') + encodeURIComponent(code);
  }

  fetch(text('geojson'), { headers: { 'Accept': 'application/geo+json' } })
    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
    .then(function (geojson) {
      features = geojson.features;
      echarts.registerMap('run', geojson);
      draw();
      chart.on('click', function (e) { if (e.data && e.data.p && e.data.p.l != null) { open(e.data.p.c); } });
      if (select) { select.addEventListener('change', draw); }
      // keyboard: arrows move a highlighted territory through the list, Enter opens its fiche
      var current = -1;
      holder.addEventListener('keydown', function (e) {
        if (!features.length) { return; }
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
          e.preventDefault();
          chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
          current = (current + (e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : features.length - 1)) % features.length;
          chart.dispatchAction({ type: 'highlight', seriesIndex: 0, name: features[current].properties.c });
          chart.dispatchAction({ type: 'showTip', seriesIndex: 0, name: features[current].properties.c });
        } else if (e.key === 'Enter' && current >= 0 && features[current].properties.l != null) {
          open(features[current].properties.c);
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () { holder.textContent = text('loading-failed'); });
})();
