// Draws a run's coverage map (Apache ECharts): the territories coloured by the run's level, the number of projects
// and activities working in each written over it, and the highest-level territories no one works in hatched.
// Reads its data from the element's data attributes; no inline script or style.
(function () {
  // Light to dark for low to high risk; a run has at most as many levels as there are colours here.
  var COLOURS = ['#fff5d6', '#fdd49e', '#fc8d59', '#e34a33', '#b30000', '#7f0000'];
  var NO_DATA = '#d9d9d9';
  var HATCH = { symbol: 'rect', symbolSize: 1, color: 'rgba(0, 0, 0, 0.55)', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 };

  function colours(levels) {
    var picked = [];
    for (var i = 0; i < levels; i++) {
      picked.push(COLOURS[levels === 1 ? COLOURS.length - 1 : Math.round(i * (COLOURS.length - 1) / (levels - 1))]);
    }
    return picked;
  }

  function draw(holder) {
    if (!window.echarts || holder.getAttribute('data-drawn')) {
      return;
    }
    holder.setAttribute('data-drawn', 'true');
    var labels = JSON.parse(holder.getAttribute('data-labels'));
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    Promise.all([
      fetch(holder.getAttribute('data-geojson'), { headers: { 'Accept': 'application/geo+json' } }).then(function (r) { return r.json(); }),
      fetch(holder.getAttribute('data-coverage-map'), { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); })
    ]).then(function (both) {
      var geo = both[0], coverage = both[1];
      var name = 'coverage-' + coverage.run;
      echarts.registerMap(name, geo);
      var palette = colours(coverage.levels);
      var data = coverage.territories.map(function (t) {
        var item = { name: t.code, value: t.level, territory: t };
        if (t.gap) {
          item.itemStyle = { decal: HATCH };
        }
        return item;
      });
      var chart = echarts.init(holder, null, { renderer: 'svg' });
      chart.setOption({
        aria: { enabled: true },
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            var t = p.data && p.data.territory;
            if (!t) {
              return escape(p.name) + '<br>' + escape(labels.noData);
            }
            var lines = [escape(t.name), escape(labels.levels[t.level - 1]),
              escape(labels.working) + ': ' + numbers.format(t.interventions.length)];
            if (t.gap) {
              lines.push(escape(labels.gap));
            }
            t.interventions.slice(0, 5).forEach(function (i) { lines.push('· ' + escape(i.title)); });
            return lines.join('<br>');
          }
        },
        visualMap: {
          type: 'piecewise', left: 0, bottom: 0, orient: 'vertical',
          pieces: palette.map(function (colour, i) { return { value: i + 1, label: labels.levels[i], color: colour }; })
        },
        series: [{
          type: 'map', map: name, nameProperty: 'code', roam: true,
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.5 },
          emphasis: { label: { show: true } },
          label: {
            show: true, color: '#000000', fontWeight: 'bold',
            formatter: function (p) {
              var t = p.data && p.data.territory;
              return t && t.interventions.length ? numbers.format(t.interventions.length) : '';
            }
          },
          data: data
        }]
      });
      chart.on('click', function (p) {
        var t = p.data && p.data.territory;
        if (t && t.interventions.length === 1) {
          window.location.href = t.interventions[0].link;
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
    }).catch(function () {
      holder.removeAttribute('role');
      holder.classList.add('failed');
      holder.textContent = labels.failed;
    });
  }

  function escape(text) {
    var span = document.createElement('span');
    span.textContent = text == null ? '' : String(text);
    return span.innerHTML;
  }

  function drawAll() {
    document.querySelectorAll('[data-coverage-map]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
  document.addEventListener('htmx:load', drawAll);
})();
