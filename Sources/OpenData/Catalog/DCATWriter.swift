/// States the catalog in DCAT-AP 3 as one RDF graph, written as `datos/catalog.ttl` and
/// `datos/catalog.jsonld`. Needs absolute IRIs: only written when the site has a base URL.
public enum DCATWriter {
    static let language = "es"
    static let spanish = "http://publications.europa.eu/resource/authority/language/SPA"
    static let quarterly = "http://publications.europa.eu/resource/authority/frequency/QUARTERLY"
    static let fileTypes = ["CSV": "CSV", "JSON": "JSON", "XLSX": "XLSX"]

    public static func graph(_ catalog: Catalog) -> RDFGraph {
        let info = catalog.info
        var g = RDFGraph()
        let catalogIRI = info.catalogURL
        let publisher = catalogIRI + "#editor"
        let contact = catalogIRI + "#contacto"
        let license = info.licenseURL

        g.type(catalogIRI, "dcat:Catalog")
        g.add(catalogIRI, "dct:title", .text(info.title, language: language))
        g.add(catalogIRI, "dct:description", .text(info.description, language: language))
        g.add(catalogIRI, "dct:publisher", .iri(publisher))
        g.add(catalogIRI, "dct:language", .iri(spanish))
        g.add(catalogIRI, "dct:license", .iri(license))
        g.add(catalogIRI, "foaf:homepage", .iri(info.baseURL))
        if let date = info.date { g.add(catalogIRI, "dct:modified", .literal(date.iso, datatype: RDFGraph.expand("xsd:date"))) }

        g.type(publisher, "foaf:Agent")
        g.add(publisher, "foaf:name", .text(info.publisherName, language: language))
        if !info.publisherURL.isEmpty { g.add(publisher, "foaf:homepage", .iri(info.publisherURL)) }

        g.type(contact, "vcard:Organization")
        g.add(contact, "vcard:fn", .text(info.publisherName, language: language))
        if !info.email.isEmpty { g.add(contact, "vcard:hasEmail", .iri("mailto:" + info.email)) }

        for dataset in catalog.datasets {
            let id = dataset.identifier
            g.add(catalogIRI, "dcat:dataset", .iri(id))
            g.type(id, "dcat:Dataset")
            g.add(id, "dct:title", .text(dataset.title, language: language))
            g.add(id, "dct:description", .text(dataset.description, language: language))
            g.add(id, "dct:identifier", .literal(id, datatype: nil))
            if let modified = dataset.modified { g.add(id, "dct:modified", .literal(modified.iso, datatype: RDFGraph.expand("xsd:date"))) }
            for keyword in dataset.keywords { g.add(id, "dcat:keyword", .text(keyword, language: language)) }
            g.add(id, "dcat:theme", .iri(dataset.theme))
            g.add(id, "dct:publisher", .iri(publisher))
            g.add(id, "dcat:contactPoint", .iri(contact))
            g.add(id, "dct:license", .iri(license))
            g.add(id, "dct:language", .iri(spanish))
            g.add(id, "dct:accrualPeriodicity", .iri(quarterly))
            g.add(id, "dcat:landingPage", .iri(info.url(dataset.landingPath)))
            g.add(id, "dcat:version", .literal(dataset.version, datatype: nil))

            let place = info.baseURL + "datos/" + dataset.scope.folder + "/#territorio"
            g.add(id, "dct:spatial", .iri(place))
            g.type(place, "dct:Location")
            g.add(place, "skos:prefLabel", .text(dataset.spatial.name, language: language))
            if let box = dataset.spatial.bbox {
                g.add(place, "dcat:bbox", .literal(wkt(box), datatype: "http://www.opengis.net/ont/geosparql#wktLiteral"))
            }
            if let temporal = dataset.temporal {
                let period = id + "#periodo"
                g.add(id, "dct:temporal", .iri(period))
                g.type(period, "dct:PeriodOfTime")
                g.add(period, "dcat:startDate", .literal(temporal.start.iso, datatype: RDFGraph.expand("xsd:date")))
                g.add(period, "dcat:endDate", .literal(temporal.end.iso, datatype: RDFGraph.expand("xsd:date")))
            }
            for file in dataset.distributions {
                let distribution = id + "#" + file.format.lowercased()
                let checksum = distribution + "-sha256"
                g.add(id, "dcat:distribution", .iri(distribution))
                g.type(distribution, "dcat:Distribution")
                g.add(distribution, "dct:title", .text("\(dataset.title) (\(file.format))", language: language))
                g.add(distribution, "dcat:accessURL", .iri(info.url(dataset.landingPath)))
                g.add(distribution, "dcat:downloadURL", .iri(info.url(file.path)))
                g.add(distribution, "dcat:mediaType", .iri("http://www.iana.org/assignments/media-types/" + file.mediaType))
                if let type = fileTypes[file.format] {
                    g.add(distribution, "dct:format", .iri("http://publications.europa.eu/resource/authority/file-type/" + type))
                }
                g.add(distribution, "dcat:byteSize", .literal(String(file.byteSize), datatype: RDFGraph.expand("xsd:nonNegativeInteger")))
                g.add(distribution, "dct:license", .iri(license))
                g.add(distribution, "spdx:checksum", .iri(checksum))
                g.type(checksum, "spdx:Checksum")
                g.add(checksum, "spdx:algorithm", .iri("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"))
                g.add(checksum, "spdx:checksumValue", .literal(file.sha256, datatype: RDFGraph.expand("xsd:hexBinary")))
            }
        }
        return g
    }

    /// A WKT polygon of a bounding box (longitude latitude).
    static func wkt(_ box: BoundingBox) -> String {
        let corners = [(box.west, box.south), (box.east, box.south), (box.east, box.north), (box.west, box.north), (box.west, box.south)]
        return "POLYGON((" + corners.map { NumberText.format($0.0) + " " + NumberText.format($0.1) }.joined(separator: ", ") + "))"
    }
}
