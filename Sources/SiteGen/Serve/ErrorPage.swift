import Foundation
import Mustache

/// The page `sitegen serve` shows over the site when a rebuild fails: the problems as the terminal
/// printed them. Its template is part of the preview tool, not of a theme, so it still works when
/// the theme itself is what broke.
enum ErrorPage {
    struct Model {
        var summary: String
        var lines: [String]
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="es-CO">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Error de construcción — sitegen serve</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff5f5; }
        h1 { color: #a40000; font-size: 1.4rem; }
        pre { background: #fff; border: 1px solid #e0b4b4; padding: 1rem; overflow: auto; white-space: pre-wrap; }
        </style>
        </head>
        <body>
        <main>
        <h1>La última construcción falló</h1>
        <p>{{summary}}</p>
        <p>El navegador sigue mostrando el último sitio correcto. Corrija el archivo y guárdelo: la página se recarga sola.</p>
        <pre>{{#lines}}{{.}}
        {{/lines}}</pre>
        </main>
        </body>
        </html>

        """

    static func render(_ failure: PreviewFailure?) -> String {
        guard let compiled = try? MustacheTemplate(string: template) else { return failure?.summary ?? "" }
        let model = Model(summary: failure?.summary ?? "No hay errores: la última construcción salió bien.",
                          lines: failure?.lines ?? [])
        return compiled.render(model)
    }
}
