import Foundation
import Testing
@testable import OpenData

/// Small cases of what real files hold: encodings, spreadsheet cells, formula text, Spanish messages.
@Suite(.tags(.unit)) struct RealWorldInputTests {
    @Test func everyFormulaLeadIsNeutralised() {
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVWriter.text(of: .text(lead + "1+1")) == "'" + lead + "1+1")
        }
        #expect(CSVWriter.text(of: .integer(-1234)) == "-1234")
        #expect(CSVWriter.text(of: .number(-0.5)) == "-0.5")
        #expect(CSVWriter.text(of: .text("Comuna 6")) == "Comuna 6")
    }

    @Test func encodingsAreDetected() throws {
        let word = "Pichindé"
        #expect(TextDecoding.decode(Array(word.utf8))?.encoding == .utf8)
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(word.utf8))?.encoding == .utf8BOM)
        let cp1252 = try #require(word.data(using: .windowsCP1252))
        let decoded = try #require(TextDecoding.decode(Array(cp1252)))
        #expect(decoded.encoding == .windows1252 && decoded.text == word)
        let decomposed = "Pichinde\u{301}"
        #expect(TextDecoding.decode(Array(decomposed.utf8))?.text.unicodeScalars.count == word.unicodeScalars.count)
    }

    @Test func mixedEncodingsAreReadCharacterByCharacter() throws {
        let bytes = Array("Secretaría\n".utf8) + [0x4C, 0x65, 0xF3, 0x6E, 0x0A]  // "León" in Windows-1252
        let decoded = try #require(TextDecoding.decode(bytes))
        #expect(decoded.encoding == .mixed)
        #expect(decoded.text == "Secretaría\nLeón\n")
        #expect(decoded.firstForeignLine == 2)
    }

    @Test func undecodableFilesSayWhy() {
        let utf16 = [UInt8]([0xFF, 0xFE, 0x41, 0x00])
        #expect(TextDecoding.decode(utf16) == nil)
        #expect(TextDecoding.failure(utf16) == .utf16Text)
        #expect(TextDecoding.failure(utf16).english.hasPrefix("UTF-16 text"))
        #expect(TextDecoding.failure([0x89, 0x50, 0x00]).english.hasPrefix("not a text file"))
        let badAfterBOM: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xFF]
        #expect(TextDecoding.decode(badAfterBOM) == nil)
        #expect(TextDecoding.failure(badAfterBOM) == .invalidUTF8AfterBOM(byte: 5))
        #expect(TextDecoding.failure(badAfterBOM).english.contains("byte 5 is not UTF-8"))
    }

    @Test func spreadsheetCellReferencesAndText() {
        #expect(XLSXText.column(of: "A9") == 1)
        #expect(XLSXText.column(of: "AX1022") == 50)
        #expect(XLSXText.column(of: "XFD1") == 16_384)
        #expect(XLSXText.clean("l\u{0131}nea_x000D_\r\notra") == "l\u{0131}nea\n\notra")
        #expect(XLSXText.clean("_x0041_B_xZZ") == "AB_xZZ")
        #expect(XLSXText.number("1.5E-2") == "0.015")
        #expect(XLSXText.number("45658") == "45658")
    }

    @Test func messagesHaveASpanishRendering() {
        let notDate = Problem.value(column: "Fecha Inicio", .notDate(text: "3011/2025"))
        #expect(notDate.english == "Fecha Inicio: \"3011/2025\" is not a date")
        #expect(notDate.spanish == "Fecha Inicio: «3011/2025» no es una fecha")
        #expect(Problem.value(column: "% de Avance", .percentageOutOfRange(text: "150 %")).spanish
                == "% de Avance: «150 %» no es un porcentaje entre 0 y 100")
        #expect(Problem.source(.activityRepeatedWithOtherData(activity: "BP1", firstLine: 3)).spanish
                == "la actividad BP1 aparece de nuevo con otros datos (la primera vez en la línea 3); se cuentan ambas filas")
        #expect(Problem.source(.duplicateCut(cut: "2025-T1")).spanish == "el corte 2025-T1 viene en dos archivos; deje uno")
    }

    @Test func messagesNeverCarryControlCharacters() {
        #expect(PrintableText.escaped("BP\u{1B}[31m\n") == "BP\\u{1b}[31m\\u{a}")
        guard case .invalid(let problem) = ValueParsing.date(" 12/31/2025x\u{1B}\n", order: .monthFirst) else {
            Issue.record("not invalid")
            return
        }
        #expect(problem == .notDate(text: "12/31/2025x\u{1B}"))
        #expect(problem.english == "\"12/31/2025x\\u{1b}\" is not a date")
        #expect(problem.spanish == "«12/31/2025x\\u{1b}» no es una fecha")
    }
}

/// Delimiters and territories as the sources write them.
@Suite(.tags(.unit)) struct DetectionTests {
    @Test func semicolonFilesFullOfCommasStaySemicolonFiles() {
        let text = "codigo;nombre;valor\r\n1;uno, dos, tres, cuatro, cinco, seis;3\r\n2;a, b, c, d, e, f, g;4\r\n3;x;5\r\n"
        #expect(CSVParser.detectDelimiter(text) == UInt8(ascii: ";"))
        #expect(CSVParser.detectDelimiter("a\tb\tc\n1\t2,5\t3\n") == UInt8(ascii: "\t"))
        #expect(CSVParser.detectDelimiter("Título del informe\r\n\r\na,b\r\n1,2\r\n") == UInt8(ascii: ","))
        #expect(CSVParser.detectDelimiter("solo una columna\n") == UInt8(ascii: ","))
    }

    @Test func territoriesHoweverTheyAreWritten() {
        let cali = TerritoryCatalog.builtIn
        for (text, code) in [("COMUNA 06", 6), ("Comuna 6", 6), ("6", 6), ("6.0", 6), ("PICHINDE", 57), ("Pichindé", 57),
                             ("Pichinde\u{301}", 57), ("EL HORMIGUERO", 52), ("51", 51), ("65", 65), ("99", 99),
                             ("SANTIAGO DE CALI", 99), (" COMUNA 21 ", 21)] {
            #expect(cali.resolve(text)?.code == code, "\(text)")
        }
        for text in ["Comuna 23", "23", "0", "EL HORMIGUERITO", "", "Comuna 52"] {
            #expect(cali.resolve(text) == nil, "\(text)")
        }
    }
}
