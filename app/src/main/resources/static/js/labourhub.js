// Sends the CSRF token with every htmx request, and keeps htmx from adding inline styles the CSP forbids.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// htmx leaves the page as it is when the server answers with an error; show the server's own error page instead
// (e.g. "briefly unavailable" while the database restarts, or "not allowed"), which is written for the reader.
document.addEventListener('htmx:responseError', function (event) {
  var xhr = event.detail.xhr;
  if (xhr && xhr.responseText && /text\/html/.test(xhr.getResponseHeader('Content-Type') || '')) {
    document.open();
    document.write(xhr.responseText);
    document.close();
  }
});
