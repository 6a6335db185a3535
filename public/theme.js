// Runs before first paint so a reader's explicit theme choice shows without a flash.
// The only thing this site ever stores is that choice ("light" or "dark").
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
