// Type-aheads (templates/fragments/typeahead.html): the select a form works with without script is replaced by a
// combobox (WAI-ARIA pattern, listbox popup) whose options htmx fetches as the reader types. ArrowDown/ArrowUp move,
// Enter chooses, Escape closes; each chosen record becomes a hidden input and a name with a remove button. A "named"
// type-ahead keeps its text field, and a choice writes the record's name into it.
(function () {
  'use strict';

  // a named type-ahead's text field becomes the combobox of the listbox its template adds
  function combobox(input, listbox) {
    input.after(listbox);
    [['role', 'combobox'], ['aria-autocomplete', 'list'], ['aria-expanded', 'false'], ['aria-controls', listbox.id],
      ['hx-get', input.dataset.source], ['hx-trigger', 'input changed delay:200ms'], ['hx-target', '#' + listbox.id],
      ['hx-swap', 'innerHTML'], ['hx-sync', 'this:replace']].forEach(function (a) { input.setAttribute(a[0], a[1]); });
    return input;
  }

  function enhance(widget) {
    var fallback = widget.querySelector('[data-typeahead-fallback]');
    var named = widget.querySelector('input[data-typeahead-free]:not([role])');
    var template = widget.querySelector('template[data-typeahead-widget]');
    if (!(fallback || named) || !template) { return; }
    if (fallback) {
      fallback.replaceWith(template.content.cloneNode(true));
    } else {
      widget.appendChild(template.content.cloneNode(true));
      combobox(named, widget.querySelector('[role=listbox]'));
    }
    var input = widget.querySelector('[role=combobox]');
    var listbox = widget.querySelector('[role=listbox]');
    var chosen = widget.querySelector('.typeahead-chosen');
    var status = widget.querySelector('[role=status]');
    var multiple = widget.hasAttribute('data-multiple');
    var active = -1;
    // closed by the reader (Escape, a choice): an answer still on its way must not open the list again
    var dismissed = false;

    function options() { return Array.prototype.slice.call(listbox.querySelectorAll('[role=option]')); }

    function values() {
      if (!chosen) { return []; }
      return Array.prototype.map.call(chosen.querySelectorAll('input[type=hidden]'), function (h) { return h.value; });
    }

    function activate(index) {
      var all = options();
      active = index;
      all.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      if (all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function open(show) {
      listbox.hidden = !show;
      input.setAttribute('aria-expanded', show ? 'true' : 'false');
      if (!show) { activate(-1); }
    }

    function choice(value, label) {
      var item = widget.querySelector('template[data-typeahead-choice]').content.firstElementChild.cloneNode(true);
      var remove = item.querySelector('button');
      item.querySelector('.typeahead-label').textContent = label;
      item.querySelector('input').value = value;
      remove.setAttribute('aria-label', remove.getAttribute('aria-label').replace('{0}', label));
      return item;
    }

    function choose(option) {
      if (!chosen) {
        input.value = option.dataset.value;
      } else {
        if (!multiple) { chosen.replaceChildren(); }
        if (values().indexOf(option.dataset.value) < 0) { chosen.appendChild(choice(option.dataset.value, option.textContent)); }
        input.value = '';
      }
      status.textContent = option.textContent;
      dismissed = true;
      open(false);
    }

    input.addEventListener('keydown', function (event) {
      var all = options();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!all.length) { return; }
        open(true);
        activate(event.key === 'ArrowDown' ? Math.min(active + 1, all.length - 1) : Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && !listbox.hidden && (all[active] || all.length === 1)) {
        event.preventDefault();
        choose(all[active] || all[0]);
      } else if (event.key === 'Escape') {
        dismissed = true;
        if (!listbox.hidden) { event.preventDefault(); open(false); } else { input.value = ''; }
      }
    });
    input.addEventListener('input', function () { dismissed = false; });
    input.addEventListener('blur', function () { open(false); });
    // a click on an option must not take the focus from the input first
    listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
    listbox.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) { choose(option); }
    });
    if (chosen) chosen.addEventListener('click', function (event) {
      var remove = event.target.closest('.typeahead-remove');
      if (remove) {
        remove.closest('li').remove();
        input.focus();
      }
    });
    widget.addEventListener('htmx:configRequest', function (event) {
      if (event.detail.elt === input) { event.detail.parameters.q = input.value; }
    });
    widget.addEventListener('htmx:afterSwap', function (event) {
      if (event.detail.target !== listbox) { return; }
      var taken = values();
      var count = listbox.querySelector('.typeahead-status');
      options().forEach(function (o, i) {
        o.id = input.id + '-option-' + i;
        if (taken.indexOf(o.dataset.value) >= 0) { o.remove(); }
      });
      status.textContent = count ? count.textContent : '';
      active = -1;
      open(options().length > 0 && document.activeElement === input && !dismissed);
    });
    htmx.process(widget);
  }

  htmx.onLoad(function (root) {
    if (root.matches && root.matches('[data-typeahead]')) { enhance(root); }
    root.querySelectorAll('[data-typeahead]').forEach(enhance);
  });
})();
