import Foundation
import Testing
@testable import OpenData

/// What SECOP publishes but sitegen never does: bank accounts and the ID numbers of natural persons
/// (legal representatives, supervisors, spending and payment officers, suppliers with a personal
/// ID). A crafted contracts file fills every such column with a marker; a whole site is built from
/// it and every output file, and every entry of every ZIP (bundles, workbooks), is searched.
@Suite(.tags(.site)) struct ContractPrivacyTests {
    /// Marker values that must appear nowhere in the output.
    static let secret = [
        "nombre_del_banco": "BANCOMARCADOR", "nombre_banco": "BANCOMARCADORDOS", "tipo_de_cuenta": "CUENTAMARCADOR",
        "tipo_cuenta": "CUENTAMARCADORDOS", "n_mero_de_cuenta": "73190462851", "n_mero_cuenta": "73190462852",
        "identificaci_n_representante_legal": "79461385", "tipo_de_identificaci_n_representante_legal": "TIPOREPMARCADOR",
        "n_mero_de_documento_supervisor": "66128457", "documento_supervisor": "66128458",
        "n_mero_de_documento_ordenador_del_gasto": "31475962", "n_mero_de_documento_ordenador_de_pago": "31475963",
    ]
    /// A natural person's cédula as supplier document, in each layout.
    static let personalDocuments = ["52998877", "1122334455", "31998866"]
    static let nit = "901234567"
    /// A BPIN of the example content's latest cut, so that the contracts show on a ficha.
    static let bpin = "2024760010801"

    static var secopFile: String {
        let columns = ["id_contrato", "referencia_del_contrato", "c_digo_bpin", "proveedor_adjudicado", "tipodocproveedor",
                       "documento_proveedor", "valor_del_contrato", "estado_contrato", "urlproceso"] + secret.keys.sorted()
        let company = ["CO1.PCCNTR.PRIV1", "PRIV-REF-1", bpin, "Constructora Ejemplo S.A.S.", "NIT", nit, "1000000", "En ejecución",
                       "https://community.secop.gov.co/p/1"] + secret.keys.sorted().map { secret[$0]! }
        let person = ["CO1.PCCNTR.PRIV2", "PRIV-REF-2", bpin, "Persona Ejemplo", "Cédula de Ciudadanía", personalDocuments[0],
                      "2000000", "En ejecución", "https://community.secop.gov.co/p/2"] + secret.keys.sorted().map { secret[$0]! }
        return [columns, company, person].map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static let byProjectFile = """
        bpin,cod_contrato,cod_proceso,descripcion_contrato,estado_contrato,codigo_proveedor,proveedor,url_contrato
        \(bpin),PRIV3,,Servicio de ejemplo,Emitido,\(personalDocuments[1]),Otra Persona Ejemplo,https://www.colombiacompra.gov.co/x/3
        \(bpin),PRIV4,,Servicio de ejemplo,Emitido,\(personalDocuments[2]),Tercera Persona Ejemplo,https://www.colombiacompra.gov.co/x/4

        """

    /// Every output file's bytes, with each ZIP entry inflated beside it (`file.zip!entry`).
    static func outputTexts(_ output: URL) throws -> [String: [UInt8]] {
        var texts: [String: [UInt8]] = [:]
        for (path, data) in try TestSupport.snapshot(output) {
            texts[path] = Array(data)
            guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]),
                  let file = ZIPFile(path: output.appendingPathComponent(path).path) else { continue }
            let entries = try file.directory()
            for (name, entry) in entries {
                let reader = try ZIPEntryReader(file: file, entry: entry)
                var bytes: [UInt8] = []
                while try reader.append(to: &bytes, count: 1 << 16) {}
                texts[path + "!" + name] = bytes
            }
        }
        return texts
    }

    @Test func noBankAccountOrPersonalIDReachesAnyOutputFile() throws {
        let content = try TestSupport.content(copying: [:], writing: [:])
        defer { try? FileManager.default.removeItem(at: content) }
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: TestSupport.defaultContent, to: content)
        let folder = content.appendingPathComponent(ContentLayout.contracts)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.secopFile.utf8).write(to: folder.appendingPathComponent("secop.csv"))
        try Data(Self.byProjectFile.utf8).write(to: folder.appendingPathComponent("por-proyecto.csv"))
        let output = try TestSupport.build(content)
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }

        let texts = try Self.outputTexts(output)
        #expect(texts.keys.contains { $0.contains("!") }, "the output has ZIP files whose entries are searched")
        for marker in Self.secret.values.sorted() + Self.personalDocuments {
            let bytes = Array(marker.utf8)
            let found = texts.filter { $0.value.firstRange(of: bytes) != nil }.keys.sorted()
            #expect(found.isEmpty, "\(marker) published in \(found)")
        }
        // The supplier's NIT is public: it reaches the contracts datasets (once they exist).
        let withNIT = texts.filter { $0.value.firstRange(of: Array(Self.nit.utf8)) != nil }
        #expect(!withNIT.isEmpty, "the supplier NIT \(Self.nit) is in no output file")
    }
}
