import OpenData

/// `transparencia/ita.csv` and `ita.json`: every item of both menus (number, name, URL, last
/// update) for the Procuraduría's ITA self-assessment, in menu order. The CSV is written like the
/// datasets (OpenData's `CSVWriter`).
struct TransparencyFiles {
    let menu: TransparencyMenu
    let baseURL: String

    static let columns = [
        Column("menu", .string, title: "Menú", description: "Menú de la Resolución 1519 de 2020: transparencia o participa."),
        Column("numeral", .string, title: "Numeral", description: "Numeral del Anexo 2 de la Resolución 1519 de 2020."),
        Column("categoria", .string, title: "Categoría", description: "Nombre de la categoría del menú."),
        Column("nombre", .string, title: "Nombre", description: "Nombre del ítem publicado."),
        Column("url", .string, title: "URL", description: "Dirección del ítem."),
        Column("actualizado", .date, title: "Última actualización", description: "Fecha de la última actualización de la información del ítem."),
    ]

    private var rows: [(menu: String, category: TransparencyMenu.Category, item: TransparencyMenu.Item)] {
        menu.transparency.flatMap { category in category.items.map { ("transparencia", category, $0) } }
            + menu.participa.flatMap { category in category.items.map { ("participa", category, $0) } }
    }

    func files() -> [(String, [UInt8])] {
        let rows = self.rows
        let table = Table(columns: Self.columns, rows: rows.map { row in
            [.text(row.menu), .text(row.item.number), .text(row.category.name), .text(row.item.name),
             .text(TransparencyMenu.url(row.item, baseURL: baseURL)), row.item.updated.map(Cell.date) ?? .empty]
        })
        let json = JSONValue.array(rows.map { row in
            .fields([("menu", .string(row.menu)), ("numeral", .string(row.item.number)), ("categoria", .string(row.category.name)),
                     ("nombre", .string(row.item.name)), ("url", .string(TransparencyMenu.url(row.item, baseURL: baseURL))),
                     ("actualizado", row.item.updated.map { .string($0.iso) })])
        })
        return [(TransparencyMenu.itaCSV, CSVWriter.write(table)), (TransparencyMenu.itaJSON, Array((json.text() + "\n").utf8))]
    }
}
