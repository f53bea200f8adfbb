import Testing

/// The three test tiers; every suite carries exactly one. `unit`: fast, on fixtures inside the
/// repository or written by the test, no real data, no site build, no program outside Swift and
/// coreutils (`make test-fast` runs only these). `site`: builds sites, may read the real files
/// (`.realData`). `external`: runs a checker or script outside Swift (Python, Chromium, vnu,
/// linkchecker, frictionless…). `make test` runs all three.
extension Tag {
    @Tag static var unit: Self
    @Tag static var site: Self
    @Tag static var external: Self
}
