// Styr's only script (no inline scripts: the Content-Security-Policy forbids them). Pages work
// without it; with it, htmx requests carry the CSRF token and uploads show their progress.
(function () {
  'use strict';
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  // An upload form with data-progress shows how much has been sent in its <progress> element.
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('form[data-progress]') : null;
    if (!form || !event.detail.lengthComputable) {
      return;
    }
    var bar = document.getElementById(form.getAttribute('data-progress'));
    if (bar) {
      bar.hidden = false;
      bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
    }
  });
  // Focus follows htmx swaps that ask for it, so keyboard and screen-reader users land on the result.
  document.addEventListener('htmx:afterSettle', function (event) {
    var target = event.detail.elt && event.detail.elt.querySelector ? event.detail.elt.querySelector('[data-focus]') : null;
    if (target) {
      target.focus();
    }
  });
  // The layout's htmx-config swaps 409 and 422 answers; a form marked data-swap-errors gets every
  // 4xx refusal shown in place (the form again with what is wrong, e.g. 400 for a broken plan file).
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    var source = event.detail.requestConfig ? event.detail.requestConfig.elt : null;
    var form = source && source.closest ? source.closest('[data-swap-errors]') : null;
    if (form && status >= 400 && status < 500) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
}());
