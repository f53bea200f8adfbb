import Testing
@testable import OpenData

/// BP codes as the per-agency workbook's project rows write them.
@Suite(.tags(.unit)) struct AgencyBPCodeTests {
    @Test func acceptedSpellingsReadAsTheCode() {
        for written in ["BP26002945", "BP-26002945", "BP 26002945", " bp26002945 ", "26002945"] {
            #expect(AgencyBPCode.read(written)?.exactCode == "BP26002945", "\(written)")
        }
    }

    @Test func productCodesAndRepeatedPrefixesReadAsTheirProject() {
        for written in ["BP2600294510101", "BPBP2600294510101", "BP260029451010101"] {
            let reading = AgencyBPCode.read(written)
            #expect(reading?.exactCode == nil, "\(written)")
            #expect(reading?.code == "BP26002945", "\(written)")
        }
    }

    @Test func whatIsNotACodeIsNil() {
        for written in ["", "18", "BP", "BP-2600294", "BP26002945X", "Proyectos"] {
            #expect(AgencyBPCode.read(written) == nil, "\(written)")
        }
    }
}

extension AgencyBPCode.Reading {
    var exactCode: String? {
        if case .exact(let code) = self { return code }
        return nil
    }
}
