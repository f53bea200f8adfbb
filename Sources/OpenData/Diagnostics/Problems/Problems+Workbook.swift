/// A problem of an Excel workbook's container (its ZIP archive and XML parts) that keeps it from
/// being read, or of a workbook none of whose sheets is a known form. `part` is the path of a part
/// inside the archive, e.g. `xl/worksheets/sheet1.xml`.
public enum WorkbookProblem: ProblemKind {
    case excel97Workbook
    case encrypted
    /// The part would expand past 1 GiB.
    case partPastSizeLimit(part: String)
    /// The part would expand past `ratio` times its compressed size.
    case partPastRatioLimit(part: String, ratio: Int)
    case zipDirectoryMissing
    case zipDirectoryDamaged
    case partCutShort(part: String)
    case partDamaged(part: String)
    /// The part stops being well-formed XML at `byte` (0-based offset in the expanded part).
    case partNotWellFormed(part: String, byte: Int)
    case partDeclaresDTD(part: String)
    case undeclaredEntity(part: String, entity: String)
    case unknownCompression(part: String, method: Int)
    case noCuadro1SSheet

    public enum Code: String, CaseIterable, Sendable {
        case excel97Workbook = "excel97_workbook"
        case encrypted = "encrypted_workbook"
        case partPastSizeLimit = "part_past_size_limit"
        case partPastRatioLimit = "part_past_ratio_limit"
        case zipDirectoryMissing = "zip_directory_missing"
        case zipDirectoryDamaged = "zip_directory_damaged"
        case partCutShort = "part_cut_short"
        case partDamaged = "part_damaged"
        case partNotWellFormed = "part_not_well_formed"
        case partDeclaresDTD = "part_declares_dtd"
        case undeclaredEntity = "undeclared_entity"
        case unknownCompression = "unknown_compression"
        case noCuadro1SSheet = "no_cuadro1s_sheet"
    }

    public var code: Code {
        switch self {
        case .excel97Workbook: .excel97Workbook
        case .encrypted: .encrypted
        case .partPastSizeLimit: .partPastSizeLimit
        case .partPastRatioLimit: .partPastRatioLimit
        case .zipDirectoryMissing: .zipDirectoryMissing
        case .zipDirectoryDamaged: .zipDirectoryDamaged
        case .partCutShort: .partCutShort
        case .partDamaged: .partDamaged
        case .partNotWellFormed: .partNotWellFormed
        case .partDeclaresDTD: .partDeclaresDTD
        case .undeclaredEntity: .undeclaredEntity
        case .unknownCompression: .unknownCompression
        case .noCuadro1SSheet: .noCuadro1SSheet
        }
    }

    public var english: String {
        let unreadable = "not a readable Excel workbook: "
        return switch self {
        case .excel97Workbook: "not an Excel workbook (.xlsx): it is an Excel 97-2003 workbook (.xls); save it as .xlsx"
        case .encrypted: "the workbook is encrypted (protected with a password): save it again without a password"
        case .partPastSizeLimit(let part): "the workbook part \(part) expands past 1 GiB: not read (a ZIP bomb?)"
        case .partPastRatioLimit(let part, let ratio):
            "the workbook part \(part) expands past \(ratio) times its compressed size: not read (a ZIP bomb?)"
        case .zipDirectoryMissing: unreadable + "the file is cut short (its ZIP directory is missing)"
        case .zipDirectoryDamaged: unreadable + "the ZIP directory is damaged"
        case .partCutShort(let part): unreadable + "the part \(part) is cut short"
        case .partDamaged(let part): unreadable + "the part \(part) is damaged (its size or checksum does not match)"
        case .partNotWellFormed(let part, let byte): unreadable + "the part \(part) is not well-formed XML (byte \(byte))"
        case .partDeclaresDTD(let part):
            unreadable + "the part \(part) declares a DTD or an entity (<!DOCTYPE or <!ENTITY); it is not read"
        case .undeclaredEntity(let part, let entity):
            unreadable + "the part \(part) uses the undeclared entity &\(PrintableText.escaped(entity));"
        case .unknownCompression(let part, let method): unreadable + "the part \(part) uses an unknown compression method (\(method))"
        case .noCuadro1SSheet: "no sheet of the workbook holds the Cuadro 1S header"
        }
    }

    public var spanish: String {
        let unreadable = "no es un libro de Excel legible: "
        return switch self {
        case .excel97Workbook: "no es un libro de Excel (.xlsx): es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx"
        case .encrypted: "el libro está cifrado (protegido con contraseña): guárdelo de nuevo sin contraseña"
        case .partPastSizeLimit(let part): "la parte \(part) del libro se expande a más de 1 GiB: no se leyó (¿una bomba ZIP?)"
        case .partPastRatioLimit(let part, let ratio):
            "la parte \(part) del libro se expande a más de \(ratio) veces su tamaño comprimido: no se leyó (¿una bomba ZIP?)"
        case .zipDirectoryMissing: unreadable + "el archivo está cortado (le falta el directorio ZIP)"
        case .zipDirectoryDamaged: unreadable + "el directorio ZIP está dañado"
        case .partCutShort(let part): unreadable + "la parte \(part) está cortada"
        case .partDamaged(let part):
            unreadable + "la parte \(part) está dañada (su tamaño o su suma de verificación no coinciden)"
        case .partNotWellFormed(let part, let byte): unreadable + "la parte \(part) no es XML bien formado (byte \(byte))"
        case .partDeclaresDTD(let part):
            unreadable + "la parte \(part) declara una DTD o una entidad (<!DOCTYPE o <!ENTITY); no se leyó"
        case .undeclaredEntity(let part, let entity):
            unreadable + "la parte \(part) usa la entidad no declarada &\(PrintableText.escaped(entity));"
        case .unknownCompression(let part, let method):
            unreadable + "la parte \(part) usa un método de compresión desconocido (\(method))"
        case .noCuadro1SSheet: "ninguna hoja del libro tiene el encabezado del Cuadro 1S"
        }
    }

    public var fields: [ProblemField] {
        switch self {
        case .partPastSizeLimit(let part), .partCutShort(let part), .partDamaged(let part), .partDeclaresDTD(let part):
            [ProblemField("part", .text(part))]
        case .partPastRatioLimit(let part, let ratio): [ProblemField("part", .text(part)), ProblemField("ratio", .integer(ratio))]
        case .partNotWellFormed(let part, let byte): [ProblemField("part", .text(part)), ProblemField("byte", .integer(byte))]
        case .undeclaredEntity(let part, let entity): [ProblemField("part", .text(part)), ProblemField("entity", .text(entity))]
        case .unknownCompression(let part, let method): [ProblemField("part", .text(part)), ProblemField("method", .integer(method))]
        case .excel97Workbook, .encrypted, .zipDirectoryMissing, .zipDirectoryDamaged, .noCuadro1SSheet: []
        }
    }

    public static func sample(_ code: Code) -> WorkbookProblem {
        let part = "xl/worksheets/sheet1.xml"
        return switch code {
        case .excel97Workbook: .excel97Workbook
        case .encrypted: .encrypted
        case .partPastSizeLimit: .partPastSizeLimit(part: part)
        case .partPastRatioLimit: .partPastRatioLimit(part: part, ratio: 200)
        case .zipDirectoryMissing: .zipDirectoryMissing
        case .zipDirectoryDamaged: .zipDirectoryDamaged
        case .partCutShort: .partCutShort(part: part)
        case .partDamaged: .partDamaged(part: part)
        case .partNotWellFormed: .partNotWellFormed(part: part, byte: 120)
        case .partDeclaresDTD: .partDeclaresDTD(part: part)
        case .undeclaredEntity: .undeclaredEntity(part: "xl/styles.xml", entity: "x")
        case .unknownCompression: .unknownCompression(part: part, method: 14)
        case .noCuadro1SSheet: .noCuadro1SSheet
        }
    }
}
