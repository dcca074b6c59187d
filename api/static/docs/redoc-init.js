// Start ReDoc on the API's own schema (a file, not inline: the page's CSP forbids that).
Redoc.init("/openapi.json", { hideDownloadButton: false }, document.getElementById("redoc"));
