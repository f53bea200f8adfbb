/// A problem of a contracts file (`contratos/*.csv`): a file without the columns that key a
/// contract, a row without an id, a BPIN or address that cannot be used, or one contract written
/// differently in two places.
public enum ContractProblem: ProblemKind {
    /// The file has none of the contract id or BPIN columns; `found` are the headers it has.
    case noContractColumns(found: [String])
    /// A row with no contract id, reference or process: it cannot be told apart, so it is skipped.
    case contractWithoutID
    /// A BPIN cell that is not a project code (digits).
    case badBPIN(column: String, text: String)
    /// A link that is not an http(s) address: no link is made.
    case notWebAddress(column: String, text: String)
    /// The same contract with another value of a field elsewhere: the first one read is kept.
    case conflictingContract(id: String, field: String, kept: String, other: String, firstFile: String, firstLine: Int)

    public enum Code: String, CaseIterable, Sendable {
        case noContractColumns = "no_contract_columns"
        case contractWithoutID = "contract_without_id"
        case badBPIN = "bad_bpin"
        case notWebAddress = "not_web_address"
        case conflictingContract = "conflicting_contract"
    }

    public var code: Code {
        switch self {
        case .noContractColumns: .noContractColumns
        case .contractWithoutID: .contractWithoutID
        case .badBPIN: .badBPIN
        case .notWebAddress: .notWebAddress
        case .conflictingContract: .conflictingContract
        }
    }

    public var english: String {
        switch self {
        case .noContractColumns(let found):
            "not a contracts file: none of the columns id_contrato, ID Contrato, cod_contrato, c_digo_bpin, Código BPIN or bpin; "
                + "its columns are: " + found.map(PrintableText.escaped).joined(separator: ", ")
        case .contractWithoutID: "a contract without id_contrato, cod_contrato, referencia_del_contrato or proceso_de_compra: the row is skipped"
        case .badBPIN(let column, let text): "\(column): \(Quote.english(text)) is not a BPIN (a project code made of digits): the contract joins no project"
        case .notWebAddress(let column, let text): "\(column): \(Quote.english(text)) is not an http(s) address: no link is made"
        case .conflictingContract(let id, let field, let kept, let other, let file, let line):
            "contract \(Quote.english(id)): \(field) is \(Quote.english(other)) here but \(Quote.english(kept)) in \(file):\(line); "
                + "the first is kept"
        }
    }

    public var spanish: String {
        switch self {
        case .noContractColumns(let found):
            "no es un archivo de contratos: no tiene ninguna de las columnas id_contrato, ID Contrato, cod_contrato, c_digo_bpin, "
                + "Código BPIN o bpin; sus columnas son: " + found.map(PrintableText.escaped).joined(separator: ", ")
        case .contractWithoutID: "un contrato sin id_contrato, cod_contrato, referencia_del_contrato ni proceso_de_compra: se omite la fila"
        case .badBPIN(let column, let text):
            "\(column): \(Quote.spanish(text)) no es un BPIN (un código de proyecto hecho de dígitos): el contrato no se une a ningún proyecto"
        case .notWebAddress(let column, let text): "\(column): \(Quote.spanish(text)) no es una dirección http(s): no se enlaza"
        case .conflictingContract(let id, let field, let kept, let other, let file, let line):
            "contrato \(Quote.spanish(id)): \(field) es \(Quote.spanish(other)) aquí pero \(Quote.spanish(kept)) en \(file):\(line); "
                + "se conserva el primero"
        }
    }

    public var fields: [ProblemField] {
        switch self {
        case .noContractColumns(let found): [ProblemField("found", .list(found))]
        case .contractWithoutID: []
        case .badBPIN(let column, let text), .notWebAddress(let column, let text):
            [ProblemField("column", .text(column)), ProblemField("text", .text(text))]
        case .conflictingContract(let id, let field, let kept, let other, let file, let line):
            [ProblemField("contract", .text(id)), ProblemField("field", .text(field)), ProblemField("kept", .text(kept)),
             ProblemField("other", .text(other)), ProblemField("first_file", .text(file)), ProblemField("first_line", .integer(line))]
        }
    }

    public static func sample(_ code: Code) -> ContractProblem {
        switch code {
        case .noContractColumns: .noContractColumns(found: ["nombre", "valor"])
        case .contractWithoutID: .contractWithoutID
        case .badBPIN: .badBPIN(column: "c_digo_bpin", text: "BP-26004512")
        case .notWebAddress: .notWebAddress(column: "urlproceso", text: "ftp://ejemplo.gov.co/proceso")
        case .conflictingContract:
            .conflictingContract(id: "CO1.PCCNTR.1", field: "estado_contrato", kept: "En ejecución", other: "Terminado",
                                 firstFile: "content/contratos/secop.csv", firstLine: 4)
        }
    }
}
