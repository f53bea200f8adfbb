import Foundation
import ZIPFoundation

/// An Excel workbook (.xlsx) opened for reading: its sheets in order, by name, each read on demand
/// into the same records a CSV gives. A sheet's records are reported under `file[Sheet name]`
/// (e.g. `informes-1s/2025-T2.xlsx[MEDE01.03.01.P01.F05]:1022:50`), rows and columns as the sheet
/// numbers them (A = 1).
public struct XLSXWorkbook: Sendable {
    public let url: URL
    /// Path as shown to the user (relative to the content folder), without a sheet.
    public let displayPath: String
    /// The sheets' names, in the workbook's order.
    public let sheetNames: [String]
    private let sheetPaths: [String]

    /// Opens `url`, or gives nil with one error when it is not a readable workbook.
    public static func open(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> XLSXWorkbook? {
        let location = SourceLocation(file: displayPath)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            diagnostics.error(location, .source(.unreadableFile))
            return nil
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            diagnostics.error(location, .source(.notZipWorkbook))
            return nil
        }
        do {
            let sheets = try XLSXSheetReader.sheets(in: archive)
            guard !sheets.isEmpty else {
                diagnostics.error(location, .source(.noWorksheet))
                return nil
            }
            return XLSXWorkbook(url: url, displayPath: displayPath, sheetNames: sheets.map(\.name), sheetPaths: sheets.map(\.path))
        } catch {
            diagnostics.error(location, .source(.unextractableWorkbookPart))
            return nil
        }
    }

    /// The display path of sheet `index`: `file[Sheet name]`.
    public func displayPath(ofSheet index: Int) -> String {
        "\(displayPath)[\(sheetNames[index])]"
    }

    /// Sheet `index` read as a table, or nil with an error.
    public func sheet(_ index: Int, diagnostics: inout Diagnostics) -> CSVSource? {
        XLSXSheetReader.readSheet(url, sheetPath: sheetPaths[index], displayPath: displayPath(ofSheet: index),
                                  diagnostics: &diagnostics)
    }
}
