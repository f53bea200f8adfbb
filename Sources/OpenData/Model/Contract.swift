/// A public contract of the entity: a SECOP II contract or a Tienda Virtual del Estado purchase
/// order, tied to investment projects by the project's BPIN (`contratos/*.csv`).
///
/// Only what may be published is held: no bank account, and no ID number of a natural person
/// (a supplier's document is kept only when it is a NIT).
public struct Contract: Sendable, Hashable {
    /// The contract's id in its source (`id_contrato`, `cod_contrato`): the key files merge on.
    public var id: String
    /// The entity's own reference (`referencia_del_contrato`); empty when the source has none.
    public var reference: String
    /// The procurement process (`proceso_de_compra`, `cod_proceso`); empty when unknown.
    public var process: String
    /// The BPINs of the projects that fund it, digits only, sorted and distinct; empty when the
    /// contract names none. One contract may fund several projects (one row per BPIN in the
    /// contracts-by-project list).
    public var bpins: [String]
    /// `estado_contrato` as published ("En ejecución", "Emitido", …).
    public var status: String
    /// `tipo_de_contrato` ("Prestación de servicios", "Obra", …); empty when unknown.
    public var type: String
    /// `modalidad_de_contratacion` ("Contratación directa", "Licitación pública", …); empty when unknown.
    public var modality: String
    /// What is contracted (`objeto_del_contrato`, else `descripcion_del_proceso`, `descripcion_contrato`).
    public var object: String
    public var supplier: Supplier?
    /// Contracted value in whole pesos (`valor_del_contrato`); nil when the source has none.
    public var value: Int64?
    /// Value paid in whole pesos (`valor_pagado`); nil when the source has none.
    public var paid: Int64?
    public var signed: LocalDate?
    public var start: LocalDate?
    public var end: LocalDate?
    /// The public page of the process or purchase order; only http(s) addresses are kept.
    public var url: String?
    /// Where the record was first read, for messages and the data-quality list.
    public var source: SourceLocation

    public init(id: String, reference: String = "", process: String = "", bpins: [String], status: String = "",
                type: String = "", modality: String = "", object: String = "", supplier: Supplier? = nil,
                value: Int64? = nil, paid: Int64? = nil, signed: LocalDate? = nil, start: LocalDate? = nil,
                end: LocalDate? = nil, url: String? = nil, source: SourceLocation) {
        self.id = id
        self.reference = reference
        self.process = process
        self.bpins = bpins
        self.status = status
        self.type = type
        self.modality = modality
        self.object = object
        self.supplier = supplier
        self.value = value
        self.paid = paid
        self.signed = signed
        self.start = start
        self.end = end
        self.url = url
        self.source = source
    }

    /// What a reader sees as the contract's name: its reference, else its id.
    public var displayReference: String { reference.isEmpty ? id : reference }

    /// Newest first: by signing date (undated last), then by id.
    public static func newestFirst(_ a: Contract, _ b: Contract) -> Bool {
        switch (a.signed, b.signed) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }
}

/// The supplier a contract was awarded to. Its document is published only when it is a NIT: a
/// natural person's cédula or passport number never is.
public struct Supplier: Sendable, Hashable {
    public var name: String
    /// The supplier's NIT; nil for a natural person (cédula, passport…) or when unknown.
    public var nit: String?

    public init(name: String, nit: String?) {
        self.name = name
        self.nit = nit
    }

    /// The key suppliers are summed by: the NIT, else the name in upper case.
    public var key: String { nit.map { "nit:" + $0 } ?? "name:" + name.uppercased() }
}
