import Foundation

/// The small script `sitegen serve` adds to every HTML page it serves (never to the built files):
/// it long-polls `/__sitegen/events` and reloads the tab when a new build is in, or shows the
/// error page over the site when the last build failed.
enum LiveReloadScript {
    static let path = "/__sitegen/reload.js"

    static let source = """
        (function () {
          var tag = document.currentScript, seen = Number(tag.getAttribute('data-version')), overlay = null;
          function show(error) {
            if (error && !overlay) {
              overlay = document.createElement('iframe');
              overlay.src = '/__sitegen/error';
              overlay.title = 'Error de construcción';
              overlay.style.cssText = 'position:fixed;inset:0;width:100%;height:100%;border:0;z-index:2147483647;background:#fff';
              document.body.appendChild(overlay);
            } else if (!error && overlay) { overlay.remove(); overlay = null; }
          }
          function poll() {
            fetch('/__sitegen/events?since=' + seen + '&error=' + (overlay ? 1 : 0), { cache: 'no-store' })
              .then(function (r) { return r.json(); })
              .then(function (e) {
                if (e.version !== seen && !e.error) { location.reload(); return; }
                seen = e.version; show(e.error); poll();
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();

        """

    /// The page with `<script src=… data-version=…>` added before `</body>` (or at the end).
    static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(path)\" data-version=\"\(version)\"></script>".utf8)
        let marker = Array("</body>".utf8)
        var index = html.count - marker.count
        while index >= 0 {
            if html[index] == marker[0], Array(html[index..<index + marker.count]) == marker {
                return Array(html[..<index]) + tag + Array(html[index...])
            }
            index -= 1
        }
        return html + tag
    }
}
