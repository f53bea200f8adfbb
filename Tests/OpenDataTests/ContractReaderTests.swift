import Foundation
import Testing
@testable import OpenData

/// `contratos/*.csv` read into `data.contracts`: both layouts, by API and display names, any column
/// order and separator, UTF-8 or Windows-1252; the value forms SECOP writes; merging by contract id;
/// the problems of a file or a row; and the privacy gate (only NITs kept).
@Suite(.tags(.unit)) struct ContractReaderTests {
    static let secopAPI = """
        nombre_entidad,proceso_de_compra,id_contrato,referencia_del_contrato,estado_contrato,descripcion_del_proceso,tipo_de_contrato,modalidad_de_contratacion,fecha_de_firma,fecha_de_inicio_del_contrato,fecha_de_fin_del_contrato,tipodocproveedor,documento_proveedor,proveedor_adjudicado,valor_del_contrato,valor_pagado,c_digo_bpin,urlproceso,objeto_del_contrato,n_mero_de_cuenta,identificaci_n_representante_legal
        Alcaldía,CO1.BDOS.1,CO1.PCCNTR.1,4145.010.26.1.001-2025,En ejecución,Descripción del proceso,Obra,Licitación pública,2025-08-05T00:00:00.000,2025-08-22,31/12/2025,NIT,9002987190,Constructora Ejemplo S.A.S.,$ 1.234.567,1234567.0,2024760010190,"{'url': 'https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.1'}",Objeto del contrato,CUENTA-77,REPLEGAL-88
        Alcaldía,CO1.BDOS.2,CO1.PCCNTR.2,,Terminado,Solo descripción,Prestación de servicios,Contratación directa,05/08/2025,,,Cédula de Ciudadanía,31999888,Persona Natural Ejemplo,2000000,0,No Definido,ftp://ejemplo.gov.co/x,,,
        Alcaldía,CO1.BDOS.3,CO1.PCCNTR.3,,Emitido,,,,,,,No Definido,900111222,Otro Proveedor,,,  2 024760 010191 ,,,,

        """

    /// The portal's export: display names, another column order, `;` and Windows-1252.
    static let secopDisplay = "Código BPIN;Valor del Contrato;ID Contrato;Referencia del Contrato;Proceso de Compra;Estado Contrato;"
        + "Tipo de Contrato;Modalidad de Contratación;Objeto del Contrato;Proveedor Adjudicado;Tipo Doc Proveedor;Documento Proveedor;"
        + "Valor Pagado;Fecha de Firma;URL Proceso\n"
        + "2.024760010192E+12;$ 5.000.000;CO1.PCCNTR.9;CALI-009;CO1.BDOS.9;En ejecución;Obra;Licitación pública;Construcción de andén;"
        + "Compañía Ñandú Ejemplo;NIT;800123456-1;2500000;15/03/2025;https://community.secop.gov.co/p/9\n"

    static let byProject = """
        bpin,cod_contrato,cod_proceso,nombre_proyecto,descripcion_contrato,estado_contrato,codigo_proveedor,proveedor,url_contrato,fecha_actualizacion
        2024760010190,124412,,Proyecto,Alquiler de equipos,Emitido,900171311,Tecnología Ejemplo SAS,https://www.colombiacompra.gov.co/tienda/124412,2025-01-31
        2024760010193,124412,,Otro proyecto,Alquiler de equipos,Emitido,900171311,Tecnología Ejemplo SAS,https://www.colombiacompra.gov.co/tienda/124412,2025-01-31
        2024760010190.0,CO1.PCCNTR.77,CO1.BDOS.77,Proyecto,Apoyo a la gestión,En ejecución,1144556677,Persona Ejemplo,https://community.secop.gov.co/p/77,2025-01-31
        0,555,,Sin proyecto,Compra,Emitido,16123456,Otra Persona,,2025-01-31

        """

    static func read(_ files: [String: Data]) throws -> (contracts: [Contract], diagnostics: [Diagnostic]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("contracts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, data) in files {
            let url = root.appendingPathComponent(ContentLayout.contracts).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        var diagnostics = Diagnostics()
        var readTimes: [SourceReadTime] = []
        let contracts = ContentFolderReader(root: root).readContracts(diagnostics: &diagnostics, readTimes: &readTimes)
        return (contracts, diagnostics.items)
    }

    static func read(_ files: [String: String]) throws -> (contracts: [Contract], diagnostics: [Diagnostic]) {
        try read(files.mapValues { Data($0.utf8) })
    }

    @Test func readsSECOPByAPINames() throws {
        let (contracts, _) = try Self.read(["secop.csv": Self.secopAPI])
        #expect(contracts.map(\.id) == ["CO1.PCCNTR.1", "CO1.PCCNTR.2", "CO1.PCCNTR.3"])
        let first = contracts[0]
        #expect(first.reference == "4145.010.26.1.001-2025")
        #expect(first.process == "CO1.BDOS.1")
        #expect(first.bpins == ["2024760010190"])
        #expect(first.status == "En ejecución")
        #expect(first.type == "Obra")
        #expect(first.modality == "Licitación pública")
        #expect(first.object == "Objeto del contrato")
        #expect(first.supplier == Supplier(name: "Constructora Ejemplo S.A.S.", nit: "9002987190"))
        #expect(first.value == 1_234_567)
        #expect(first.paid == 1_234_567)
        #expect(first.signed == LocalDate(year: 2025, month: 8, day: 5))
        #expect(first.start == LocalDate(year: 2025, month: 8, day: 22))
        #expect(first.end == LocalDate(year: 2025, month: 12, day: 31))
        #expect(first.url == "https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.1")
        #expect(first.source.line == 2)
        // Without objeto_del_contrato the process description is the object.
        #expect(contracts[1].object == "Solo descripción")
        // "No Definido" is no BPIN; spaces inside a BPIN are dropped.
        #expect(contracts[1].bpins.isEmpty)
        #expect(contracts[2].bpins == ["2024760010191"])
    }

    @Test func keepsOnlyANITAsTheSupplierDocument() throws {
        let (secop, _) = try Self.read(["secop.csv": Self.secopAPI])
        // A cédula de ciudadanía and a "No Definido" document type are not published, even when the
        // number looks like a NIT.
        #expect(secop[1].supplier == Supplier(name: "Persona Natural Ejemplo", nit: nil))
        #expect(secop[2].supplier == Supplier(name: "Otro Proveedor", nit: nil))
        let (byProject, _) = try Self.read(["lista.csv": Self.byProject])
        // Without a document type only the NIT's shape (nine digits from 8 or 9) is kept.
        #expect(byProject.first { $0.id == "124412" }?.supplier?.nit == "900171311")
        #expect(byProject.first { $0.id == "CO1.PCCNTR.77" }?.supplier == Supplier(name: "Persona Ejemplo", nit: nil))
        #expect(byProject.first { $0.id == "555" }?.supplier?.nit == nil)
        #expect(ContractValues.nitByShape("800123456-1") == "800123456-1")
        #expect(ContractValues.nitByShape("1144556677") == nil)
        #expect(ContractValues.nitByShape("31999888") == nil)
        #expect(ContractValues.nitByShape("700123456") == nil)
    }

    @Test func readsTheDisplayNamesWithSemicolonsInWindows1252() throws {
        let latin1 = try #require(Self.secopDisplay.data(using: .windowsCP1252))
        let (contracts, diagnostics) = try Self.read(["portal.csv": latin1])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let contract = try #require(contracts.first)
        #expect(contracts.count == 1)
        #expect(contract.id == "CO1.PCCNTR.9")
        #expect(contract.bpins == ["2024760010192"])
        #expect(contract.value == 5_000_000)
        #expect(contract.paid == 2_500_000)
        #expect(contract.modality == "Licitación pública")
        #expect(contract.supplier == Supplier(name: "Compañía Ñandú Ejemplo", nit: "800123456-1"))
        #expect(contract.signed == LocalDate(year: 2025, month: 3, day: 15))
        #expect(contract.url == "https://community.secop.gov.co/p/9")
    }

    @Test func readsContractsByProjectAndUnitesTheirBPINs() throws {
        let (contracts, diagnostics) = try Self.read(["lista.csv": Self.byProject])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(contracts.map(\.id) == ["124412", "CO1.PCCNTR.77", "555"])
        #expect(contracts[0].bpins == ["2024760010190", "2024760010193"])
        #expect(contracts[0].object == "Alquiler de equipos")
        #expect(contracts[0].value == nil)
        #expect(contracts[1].bpins == ["2024760010190"])
        #expect(contracts[1].process == "CO1.BDOS.77")
        #expect(contracts[2].bpins.isEmpty)
    }

    @Test func valueForms() {
        #expect(ContractValues.bpin("2024760010190").value == "2024760010190")
        #expect(ContractValues.bpin(" 2024 7600 10190 ").value == "2024760010190")
        #expect(ContractValues.bpin("2024760010190.0").value == "2024760010190")
        #expect(ContractValues.bpin("2.024760010190E+12").value == "2024760010190")
        for none in ["", "0", "No Definido", "no definido", "N/A"] {
            guard case .empty = ContractValues.bpin(none) else { Issue.record("\(none) should be no BPIN"); continue }
        }
        guard case .invalid = ContractValues.bpin("BP-26004512") else { Issue.record("a BP code is not a BPIN"); return }
        #expect(ContractValues.webAddress("{'url': 'https://a.gov.co/x?y=1'}").value == "https://a.gov.co/x?y=1")
        #expect(ContractValues.webAddress("http://a.gov.co").value == "http://a.gov.co")
        guard case .invalid = ContractValues.webAddress("javascript:alert(1)") else { Issue.record("not a web address"); return }
        #expect(ContractValues.isoDate("2025-08-05T00:00:00.000") == LocalDate(year: 2025, month: 8, day: 5))
        #expect(ContractValues.isoDate("2025-08-05 10:30:00") == LocalDate(year: 2025, month: 8, day: 5))
        #expect(ContractValues.isoDate("2025-08-05") == LocalDate(year: 2025, month: 8, day: 5))
        #expect(ContractValues.isoDate("2025-02-31") == nil)
        #expect(ContractValues.isoDate("05/08/2025") == nil)
        #expect(ContractValues.isoDate("2025-08-05X") == nil)
        #expect(ContractValues.isNITType("NIT"))
        for personal in ["Cédula de Ciudadanía", "Cédula de Extranjería", "Pasaporte", "Tarjeta de Identidad", "Otro", "No Definido"] {
            #expect(!ContractValues.isNITType(personal), "\(personal)")
        }
    }

    @Test func mergesOneContractFromSeveralFilesAndWarnsOnConflicts() throws {
        let other = """
            id_contrato,c_digo_bpin,estado_contrato,valor_del_contrato,proveedor_adjudicado
            CO1.PCCNTR.1,2024760010199,Terminado,1234567,Constructora Ejemplo S.A.S.

            """
        let (contracts, diagnostics) = try Self.read(["a-secop.csv": Self.secopAPI, "b-otro.csv": other])
        #expect(contracts.map(\.id) == ["CO1.PCCNTR.1", "CO1.PCCNTR.2", "CO1.PCCNTR.3"])
        #expect(contracts[0].bpins == ["2024760010190", "2024760010199"])
        #expect(contracts[0].status == "En ejecución")
        let conflicts = diagnostics.filter { $0.problem.code == "conflicting_contract" }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.severity == .warning)
        #expect(conflict.location.file.hasSuffix("contratos/b-otro.csv"))
        #expect(conflict.location.line == 2 && conflict.location.column == 3)
        #expect(conflict.message.contains("contratos/a-secop.csv:2"), "\(conflict.message)")
        #expect(conflict.message.contains("Terminado") && conflict.message.contains("En ejecución"))
    }

    @Test func aFileWithoutContractColumnsIsAnErrorNamingItsColumns() throws {
        let (contracts, diagnostics) = try Self.read(["otra.csv": "nombre,valor\nA,1\n"])
        #expect(contracts.isEmpty)
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.problem == .contract(.noContractColumns(found: ["nombre", "valor"])))
        #expect(diagnostics.first?.location.file.hasSuffix("contratos/otra.csv") == true)
    }

    @Test func badValuesAreWarningsWithTheirCell() throws {
        let text = """
            id_contrato,c_digo_bpin,valor_del_contrato,fecha_de_firma,urlproceso
            CO1.PCCNTR.5,BP-1,mucho,32/13/2025,ftp://x.gov.co/a
            ,,,,

            """
        let (contracts, diagnostics) = try Self.read(["malo.csv": text])
        #expect(contracts.count == 1)
        #expect(contracts[0].bpins.isEmpty && contracts[0].value == nil && contracts[0].signed == nil && contracts[0].url == nil)
        #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning, .warning])
        #expect(diagnostics.map(\.problem.code) == ["bad_bpin", "not_web_address", "not_money", "not_date"])
        #expect(diagnostics.map(\.location.column) == [2, 5, 3, 4])
        #expect(diagnostics.allSatisfy { $0.location.line == 2 })
    }

    @Test func aCuadro1SBPINWrittenAsADecimalJoinsTheSameContracts() throws {
        let cut = ContentFolderReaderTests.cut.replacingOccurrences(of: "4145,2024760010001,", with: "4145,2024760010001.0,")
        let root = try ContentFolderReaderTests.folder([
            ContentLayout.territories: ContentFolderReaderTests.territories,
            ContentLayout.reports + "/2025-T1.csv": cut,
            ContentLayout.contracts + "/lista.csv": "bpin,cod_contrato\n2024760010001,77\n2024760010002,78\n2024760019999,79\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        var diagnostics = Diagnostics()
        let data = ContentFolderReader(root: root).read(diagnostics: &diagnostics).data
        #expect(data.project(bp: "BP26000001").first?.bpin == "2024760010001.0")
        #expect(data.contracts(bp: "BP26000001").map(\.id) == ["77"])
        #expect(data.contracts(bp: "BP26000002").map(\.id) == ["78"])
        #expect(data.contractsWithoutProject.map(\.id) == ["79"])
        #expect(data.cityContractFigures.projectsWithContracts == 2)
    }
}
