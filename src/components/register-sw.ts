// Offline reading: after the first visit the whole guide and its search work without a connection.
// Browsers allow service workers on https and on localhost only.
if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.hostname === 'localhost')) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    /* offline support is an extra; the site works without it */
  });
}
