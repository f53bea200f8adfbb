/// Why a workbook, or one of its parts, cannot be read: an English message for the terminal (its
/// Spanish template is in DiagnosticSpanish) and, for a problem inside a sheet, the sheet's row.
struct XLSXProblem: Error {
    var message: String
    var row = 0

    static func notReadable(_ detail: String) -> XLSXProblem {
        XLSXProblem(message: "not a readable Excel workbook: \(detail)")
    }

    static func cutShort(_ part: String) -> XLSXProblem {
        notReadable("the part \(part) is cut short")
    }

    static func damaged(_ part: String) -> XLSXProblem {
        notReadable("the part \(part) is damaged (its size or checksum does not match)")
    }

    static func notWellFormed(_ part: String, byte: Int) -> XLSXProblem {
        notReadable("the part \(part) is not well-formed XML (byte \(byte))")
    }

    static let encrypted = XLSXProblem(message: "the workbook is encrypted (protected with a password): save it again without a password")
}
