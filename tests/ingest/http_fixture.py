"""A real local HTTP server (http.server on 127.0.0.1) for URL loading tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = b"""<!doctype html><html><head><meta charset="utf-8">
<title>Envoys meet in Oslo</title>
<meta property="article:published_time" content="2024-05-16T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Envoys meet in Oslo</h1>
<p>The special envoys of Norway and Colombia met in Oslo on Wednesday to prepare a new round of
talks on the peace process, officials in both capitals said.</p>
<p>They agreed to set up a joint working group on rural development and to meet again in June.</p>
</article></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/article.html":
            self._send(200, ARTICLE_HTML)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
        elif self.path == "/plain.txt":
            body = "date 2024-02-03\nThe ministers met in Quito on Friday.".encode("cp1252")
            self._send(200, body, "text/plain; charset=windows-1252")
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the client must stop by itself
            for _ in range(64):
                self.wfile.write(b"<p>" + b"x" * 16_000 + b"</p>")
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, ARTICLE_HTML)
        elif self.path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        else:
            self._send(404, b"not here")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that stop reading early (size cap, timeout) are expected here


def serve() -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
