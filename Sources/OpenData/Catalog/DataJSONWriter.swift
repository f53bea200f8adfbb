/// Writes `data.json` in DCAT-US / Project Open Data 1.1 (what Socrata and CKAN harvest), with
/// every field the schema requires. Needs absolute URLs: only written when the site has a base URL.
public enum DataJSONWriter {
    public static func document(_ catalog: Catalog) -> JSONValue {
        let info = catalog.info
        let publisher = JSONValue.object([("@type", .string("org:Organization")), ("name", .string(info.publisherName))])
        let contact = JSONValue.fields([
            ("@type", .string("vcard:Contact")), ("fn", .string(info.publisherName)),
            ("hasEmail", info.email.isEmpty ? nil : .string("mailto:" + info.email)),
        ])
        let cityBox = catalog.municipalityBox
        let datasets: [JSONValue] = catalog.datasets.map { dataset in
            let spatial = (dataset.spatial.bbox ?? cityBox).map { box in
                [box.west, box.south, box.east, box.north].map { NumberText.format($0) }.joined(separator: ",")
            } ?? dataset.spatial.name
            return .fields([
                ("@type", .string("dcat:Dataset")),
                ("title", .string(dataset.title)),
                ("description", .string(dataset.description)),
                ("keyword", .array(dataset.tags.map { .string($0) })),
                ("issued", info.date.map { .string($0.iso) }),
                ("modified", dataset.modified.map { .string($0.iso) }),
                ("publisher", publisher),
                ("contactPoint", contact),
                ("identifier", .string(dataset.identifier)),
                ("accessLevel", .string("public")),
                ("license", .string(info.licenseURL)),
                ("spatial", .string(spatial)),
                ("temporal", dataset.temporal.map { .string($0.interval) }),
                ("accrualPeriodicity", .string("R/P3M")),
                ("language", .array([.string(info.language)])),
                ("landingPage", .string(info.url(dataset.landingPath))),
                ("theme", .array([.string(dataset.themeLabel)])),
                ("distribution", .array(dataset.distributions.map { file in
                    .fields([
                        ("@type", .string("dcat:Distribution")),
                        ("title", .string("\(dataset.title) (\(file.format))")),
                        ("downloadURL", .string(info.url(file.path))),
                        ("mediaType", .string(file.mediaType)),
                        ("format", .string(file.format)),
                        ("conformsTo", file.conformsTo.map { .string($0) }),
                    ])
                })),
            ])
        }
        return .object([
            ("@context", .string("https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld")),
            ("@id", .string(info.url("data.json"))),
            ("@type", .string("dcat:Catalog")),
            ("conformsTo", .string("https://project-open-data.cio.gov/v1.1/schema")),
            ("describedBy", .string("https://project-open-data.cio.gov/v1.1/schema/catalog.json")),
            ("dataset", .array(datasets)),
        ])
    }
}
