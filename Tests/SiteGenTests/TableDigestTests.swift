import OpenData
import Testing
@testable import SiteGen

/// A data file's input in `serve` is keyed by its table's hash, made once for a dataset's three files.
@Suite(.tags(.unit)) struct TableDigestTests {
    static let columns = [Column("bp", .string, title: "Código BP", description: "Código."),
                          Column("valor", .integer, title: "Valor", description: "Valor.")]

    func key(_ input: DataFilesStage.TableInput) -> Int {
        var hasher = Hasher()
        hasher.combine(input)
        return hasher.finalize()
    }

    func input(_ value: Int64) -> DataFilesStage.TableInput {
        DataFilesStage.TableInput(table: Table(columns: Self.columns, rows: [[.text("BP-1"), .integer(value)]]), date: nil)
    }

    @Test func theKeyFollowsTheCellsAndTheDate() {
        #expect(key(input(1)) == key(input(1)))
        #expect(key(input(1)) != key(input(2)))
        var dated = input(1)
        dated.date = LocalDate(year: 2025, month: 3, day: 31)
        #expect(key(dated) != key(input(1)))
    }

    @Test func copiesShareOneDigestAndSayTheSame() {
        let first = input(7)
        let copies = [first, first, first]
        let keys = Set(copies.map(key))
        #expect(keys.count == 1)
        #expect(keys.first == key(input(7)))
    }
}
