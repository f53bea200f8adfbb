/// The columns of a contracts file that sitegen reads, each with the names SECOP II's API, the SECOP
/// portal's export and the contracts-by-project list give it. Any other column (bank accounts, the
/// ID numbers of legal representatives and supervisors…) is never looked up, so it is never read.
enum ContractColumn: CaseIterable {
    case id, reference, process, bpin, status, type, modality, object, processDescription
    case supplierName, supplierDocument, supplierDocumentType, value, paid, signed, start, end, url

    /// Header names accepted for the column in a SECOP II file: API name, then display name.
    var secopNames: [String] {
        switch self {
        case .id: ["id_contrato", "ID Contrato"]
        case .reference: ["referencia_del_contrato", "Referencia del Contrato"]
        case .process: ["proceso_de_compra", "Proceso de Compra"]
        case .bpin: ["c_digo_bpin", "Código BPIN", "codigo_bpin"]
        case .status: ["estado_contrato", "Estado Contrato"]
        case .type: ["tipo_de_contrato", "Tipo de Contrato"]
        case .modality: ["modalidad_de_contratacion", "Modalidad de Contratacion"]
        case .object: ["objeto_del_contrato", "Objeto del Contrato"]
        case .processDescription: ["descripcion_del_proceso", "Descripcion del Proceso"]
        case .supplierName: ["proveedor_adjudicado", "Proveedor Adjudicado"]
        case .supplierDocument: ["documento_proveedor", "Documento Proveedor"]
        case .supplierDocumentType: ["tipodocproveedor", "TipoDocProveedor", "Tipo Doc Proveedor"]
        case .value: ["valor_del_contrato", "Valor del Contrato"]
        case .paid: ["valor_pagado", "Valor Pagado"]
        case .signed: ["fecha_de_firma", "Fecha de Firma"]
        case .start: ["fecha_de_inicio_del_contrato", "Fecha de Inicio del Contrato"]
        case .end: ["fecha_de_fin_del_contrato", "Fecha de Fin del Contrato"]
        case .url: ["urlproceso", "URLProceso", "URL Proceso"]
        }
    }

    /// Header names in the contracts-by-project list (no values, types or dates there).
    var byProjectNames: [String] {
        switch self {
        case .id: ["cod_contrato"]
        case .process: ["cod_proceso"]
        case .bpin: ["bpin"]
        case .status: ["estado_contrato"]
        case .processDescription: ["descripcion_contrato"]
        case .supplierName: ["proveedor"]
        case .supplierDocument: ["codigo_proveedor"]
        case .url: ["url_contrato"]
        default: []
        }
    }

    /// The fields compared when one contract is read twice, with the name messages give them.
    var conflictName: String? {
        switch self {
        case .reference: "referencia_del_contrato"
        case .process: "proceso_de_compra"
        case .status: "estado_contrato"
        case .type: "tipo_de_contrato"
        case .modality: "modalidad_de_contratacion"
        case .supplierName: "proveedor_adjudicado"
        case .value: "valor_del_contrato"
        case .paid: "valor_pagado"
        case .signed: "fecha_de_firma"
        case .start: "fecha_de_inicio_del_contrato"
        case .end: "fecha_de_fin_del_contrato"
        default: nil
        }
    }
}

/// Which of the two contracts files a header is.
enum ContractLayout: Sendable {
    /// SECOP II "Contratos Electrónicos", by API field name or portal display name.
    case secop
    /// The list of contracts by project (BPIN), without values.
    case byProject

    func names(_ column: ContractColumn) -> [String] {
        self == .secop ? column.secopNames : column.byProjectNames
    }

    /// Every id or BPIN header of either layout: a file needs one of them.
    static let keyNames = ContractColumn.id.secopNames + ContractColumn.id.byProjectNames
        + ContractColumn.bpin.secopNames + ContractColumn.bpin.byProjectNames
}
