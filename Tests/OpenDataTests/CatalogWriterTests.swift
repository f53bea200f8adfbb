import Foundation
import Testing
import ZIPFoundation
@testable import OpenData

/// The catalog writers on small hand-made tables: determinism, escaping and the shapes the
/// external checkers expect.
@Suite(.tags(.unit)) struct CatalogWriterTests {
    static let table = Table(columns: [
        Column("codigo", .string, title: "Código", description: "Código.", required: true),
        Column("valor", .integer, title: "Valor", description: "Valor en pesos.", unit: "COP"),
        Column("avance", .number, title: "Avance", description: "Avance de 0 a 100.", unit: "%"),
        Column("fecha", .date, title: "Fecha", description: "Fecha."),
    ], rows: [
        [.text("=SUMA(A1)"), .integer(1_234_567), .number(45.5), .date(LocalDate(year: 2025, month: 3, day: 31)!)],
        [.text("Pichindé <b> & \"ñ\""), .empty, .number(0), .empty],
    ])

    @Test func spreadsheetIsDeterministicAndStatesItsStyles() throws {
        let first = try XLSXWriter.write(Self.table, date: LocalDate(year: 2025, month: 7, day: 15))
        let second = try XLSXWriter.write(Self.table, date: LocalDate(year: 2025, month: 7, day: 15))
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4b, 0x03, 0x04]))
        let sheet = String(decoding: XLSXWriter.dataSheet(Self.table), as: UTF8.self)
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<c r=\"B2\" s=\"1\"><v>1234567</v></c>"))
        #expect(sheet.contains("<c r=\"C2\" s=\"2\"><v>45.5</v></c>"))
        #expect(sheet.contains("<c r=\"D2\" s=\"3\"><v>45747</v></c>"))  // 2025-03-31 as an Excel serial day
        #expect(sheet.contains("'=SUMA(A1)"))
        #expect(sheet.contains("Pichindé &lt;b&gt; &amp; &quot;ñ&quot;"))
    }

    @Test func cellReferences() {
        #expect(XLSXWriter.reference(column: 0, row: 1) == "A1")
        #expect(XLSXWriter.reference(column: 25, row: 2) == "Z2")
        #expect(XLSXWriter.reference(column: 26, row: 3) == "AA3")
        #expect(XLSXWriter.reference(column: 51, row: 4) == "AZ4")
    }

    @Test func zipDoesNotDependOnTheClockOrTimeZone() throws {
        let entries = [ZipBundle.Entry(path: "a/datapackage.json", bytes: Array("{}".utf8))]
        let first = try ZipBundle.archive(entries, date: LocalDate(year: 2025, month: 1, day: 2))
        let second = try ZipBundle.archive(entries, date: LocalDate(year: 2025, month: 1, day: 2))
        #expect(first == second)
        // DOS date of 2025-01-02 in the local header (offset 12): ((2025-1980) << 9) | (1 << 5) | 2.
        let dosDate = UInt16(first[12]) | UInt16(first[13]) << 8
        #expect(dosDate == UInt16((2025 - 1980) << 9 | 1 << 5 | 2))
    }

    /// ZIPFoundation (an independent reader) gets back every entry's bytes, deflated or stored, with
    /// the CRC it checks, from the hand-written archives; one entry can go into several archives.
    @Test func zipEntriesReadBackThroughAnotherReader() throws {
        var big: [UInt8] = []
        for n in 0..<200_000 { big.append(contentsOf: "fila \(n);Pichindé;\(n % 7)\n".utf8) }
        let random = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let entries = [ZipBundle.Entry(path: "grande.csv", bytes: big),
                       ZipBundle.Entry(path: "año/ruido.bin", bytes: random),
                       ZipBundle.Entry(path: "libro.xlsx", bytes: Array("PK no comprimir".utf8), compress: false),
                       ZipBundle.Entry(path: "vacio.json", bytes: [])]
        #expect(entries[0].data.count < big.count / 4)
        let expected: [String: [UInt8]] = ["grande.csv": big, "otra/grande.csv": big, "año/ruido.bin": random,
                                           "libro.xlsx": Array("PK no comprimir".utf8), "vacio.json": []]
        let archives = [(try ZipBundle.archive(entries, date: nil), 4),
                        (try ZipBundle.archive([entries[1], entries[0].renamed("otra/grande.csv")], date: nil), 2)]
        for (archive, count) in archives {
            let reader = try Archive(data: Data(archive), accessMode: .read)
            var names: [String] = []
            for entry in reader {
                var read = Data()
                _ = try reader.extract(entry) { read.append($0) }
                #expect(Array(read) == expected[entry.path], "\(entry.path)")
                names.append(entry.path)
            }
            #expect(names.count == count)
        }
    }

    @Test func jsonEscapesMarkupByConstruction() {
        let value = JSONValue.object([("name", .string("</script><b>&"))])
        #expect(!value.text().contains("<"))
        #expect(value.text().contains("\\u003c/script\\u003e\\u003cb\\u003e\\u0026"))
    }

    @Test func turtleEscapesLiteralsAndIRIs() {
        var graph = RDFGraph()
        graph.add("https://example.org/a b", "dct:title", .text("dice \"hola\"\nadiós", language: "es"))
        let text = graph.turtle
        #expect(text.contains("<https://example.org/a\\u0020b>"))
        #expect(text.contains("\"dice \\\"hola\\\"\\nadiós\"@es"))
        #expect(graph.jsonLD.compact.contains("\"dct:title\":[{\"@value\":\"dice \\\"hola\\\"\\nadiós\",\"@language\":\"es\"}]"))
    }

    @Test func geoJSONBoxesByTerritorySlug() {
        let geo = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"id":"comuna-06","name":"COMUNA 06"},"geometry":{"type":"Polygon","coordinates":[[[-76.5,3.45],[-76.48,3.5],[-76.52,3.47],[-76.5,3.45]]]}},
         {"type":"Feature","properties":{"name":"Pichinde"},"geometry":{"type":"MultiPolygon","coordinates":[[[[-76.7,3.4],[-76.6,3.45],[-76.7,3.4]]]]}}]}
        """
        var diagnostics = Diagnostics()
        let boxes = GeoJSONReader.read(Array(geo.utf8), path: "geo.geojson", territories: .builtIn, diagnostics: &diagnostics)?
            .boxes(of: .builtIn) ?? [:]
        #expect(boxes["comuna-06"] == BoundingBox(west: -76.52, south: 3.45, east: -76.48, north: 3.5))
        #expect(boxes["pichinde"] == BoundingBox(west: -76.7, south: 3.4, east: -76.6, north: 3.45))
        #expect(boxes["comuna-06"]?.schemaOrgBox == "3.45 -76.52 3.5 -76.48")
    }

    @Test func datasetDescriptionsAreLongEnough() {
        let info = CatalogInfo(title: "t", description: "d", baseURL: "https://example.org/", language: "es-CO",
                               publisherName: "Alcaldía", publisherURL: "", publisherEmail: "", contactEmail: "",
                               licenseID: "CC-BY-4.0", licenseTitle: "CC BY 4.0", licenseURL: "https://creativecommons.org/licenses/by/4.0/", date: nil)
        let territory = Territory(code: 53, kind: .corregimiento, name: "Pance")
        let dataset = Dataset(kind: .proyectos, scope: .territory(territory), table: Table(columns: [], rows: []), cut: nil)
        let catalog = CatalogBuilder.build(datasets: [dataset], files: [:], info: info, territories: .builtIn, boxes: [:])
        let metadata = catalog.datasets[0]
        #expect((50...5000).contains(metadata.description.count))
        #expect(metadata.identifier == "https://example.org/datos/territorios/pance/proyectos")
        #expect(metadata.name == "pance-proyectos")
    }
}
