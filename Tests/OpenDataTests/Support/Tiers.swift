import Testing

/// Every suite of this target is in the `unit` tier (see Tests/SiteGenTests/Support/Tiers.swift
/// for the three tiers); `make test-fast` runs only that tier.
extension Tag {
    @Tag static var unit: Self
}
