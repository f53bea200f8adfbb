import Foundation

/// An Excel workbook (.xlsx) opened for reading: its sheets in order, by name, each read on demand
/// into the same records a CSV gives. A sheet's records are reported under `file[Sheet name]`
/// (e.g. `informes-1s/2025-T2.xlsx[MEDE01.03.01.P01.F05]:1022:50`), rows and columns as the sheet
/// numbers them (A = 1). The ZIP container and every XML part are read by sitegen's own streaming
/// code, as untrusted input (see ZIPEntryReader and XMLTokenizer).
public struct XLSXWorkbook: Sendable {
    public let url: URL
    /// Path as shown to the user (relative to the content folder), without a sheet.
    public let displayPath: String
    /// The sheets' names, in the workbook's order.
    public let sheetNames: [String]
    private let sheetEntries: [ZIPEntry?]
    private let sheetPaths: [String]
    private let strings: XLSXSharedStrings
    private let styles: XLSXDateStyles

    /// Opens `url`, or gives nil with one error when it is not a readable workbook.
    public static func open(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> XLSXWorkbook? {
        let location = SourceLocation(file: displayPath)
        guard FileManager.default.isReadableFile(atPath: url.path), let file = ZIPFile(path: url.path) else {
            diagnostics.error(location, .source(.unreadableFile))
            return nil
        }
        do throws(XLSXProblem) {
            let entries = try file.directory()
            let parts = try XLSXWorkbookParts.read(file: file, entries: entries)
            guard !parts.sheets.isEmpty else {
                diagnostics.error(location, .source(.noWorksheet))
                return nil
            }
            let strings = try parts.sharedStrings.map { path throws(XLSXProblem) in
                try entries[path].map { entry throws(XLSXProblem) in try XLSXSharedStrings.read(ZIPEntryReader(file: file, entry: entry)) }
            } ?? nil
            var styles = try parts.styles.flatMap { entries[$0] }.map { entry throws(XLSXProblem) in
                try XLSXDateStyles.read(ZIPEntryReader(file: file, entry: entry))
            } ?? XLSXDateStyles()
            styles.date1904 = parts.date1904
            return XLSXWorkbook(url: url, displayPath: displayPath, sheetNames: parts.sheets.map(\.name),
                                sheetEntries: parts.sheets.map { entries[$0.path] }, sheetPaths: parts.sheets.map(\.path),
                                strings: strings ?? .empty, styles: styles)
        } catch {
            diagnostics.error(location, error.problem)
            return nil
        }
    }

    /// The display path of sheet `index`: `file[Sheet name]`.
    public func displayPath(ofSheet index: Int) -> String {
        "\(displayPath)[\(sheetNames[index])]"
    }

    /// Sheet `index` read as a table, or nil with an error. The sheet is read through once here, so
    /// that a damaged part or a cell past column XFD is one error now rather than rows missing later.
    public func sheet(_ index: Int, diagnostics: inout Diagnostics) -> CSVSource? {
        sheet(index, reportedAs: displayPath(ofSheet: index), diagnostics: &diagnostics)
    }

    /// Sheet `index` with its problems and records reported under `path`.
    func sheet(_ index: Int, reportedAs path: String, diagnostics: inout Diagnostics) -> CSVSource? {
        guard let entry = sheetEntries[index] else {
            diagnostics.error(SourceLocation(file: path), .source(.missingWorksheet(part: sheetPaths[index])))
            return nil
        }
        let sheet = XLSXSheet(url: url, entry: entry, strings: strings, styles: styles)
        do throws(XLSXProblem) {
            _ = try sheet.check()
        } catch {
            diagnostics.error(SourceLocation(file: path, line: error.row), error.problem)
            return nil
        }
        return CSVSource(path: path, sheet: sheet)
    }
}
