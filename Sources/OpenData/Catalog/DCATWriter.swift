/// States the catalog in DCAT-AP 3 as one RDF graph, written as `datos/catalog.ttl` and
/// `datos/catalog.jsonld`. Needs absolute IRIs: only written when the site has a base URL.
///
/// Every value a DCAT-AP 3.0.1 range shape names is typed in the graph, EU vocabulary IRIs are used
/// where DCAT-AP asks for them, and the fields a CKAN portal reads on import (ckanext-dcat's
/// `euro_dcat_ap_3` and `euro_dcat_ap_2` profiles: licence, `locn:geometry`, `owl:versionInfo`,
/// issued and modified dates, valid tags) are all stated.
public enum DCATWriter {
    static let language = "es"
    static let spanish = "http://publications.europa.eu/resource/authority/language/SPA"
    static let quarterly = "http://publications.europa.eu/resource/authority/frequency/QUARTERLY"
    static let dataThemes = "http://publications.europa.eu/resource/authority/data-theme"
    static let stable = "http://publications.europa.eu/resource/authority/planned-availability/STABLE"
    static let localAuthority = "http://purl.org/adms/publishertype/LocalAuthority"
    /// ADMS licence type (`http://purl.org/adms/licencetype/…`) by licence id.
    static let licenseTypes = ["CC-BY-4.0": "Attribution", "CC-BY-SA-4.0": "Attribution", "ODC-BY-1.0": "Attribution",
                               "ODbL-1.0": "Attribution", "CC0-1.0": "PublicDomain"]
    static let fileTypes = ["CSV": "CSV", "JSON": "JSON", "XLSX": "XLSX", OC4IDSWriter.format: "JSON"]
    static let wktLiteral = "http://www.opengis.net/ont/geosparql#wktLiteral"
    /// The datatype ckanext-dcat reads a GeoJSON `locn:geometry` by.
    static let geoJSONLiteral = "https://www.iana.org/assignments/media-types/application/vnd.geo+json"
    /// The title CKAN's licence register gives a licence (matched by ckanext-dcat when the licence
    /// IRI is not the register's own), by SPDX-style licence id.
    static let ckanLicenseTitles = [
        "CC-BY-4.0": "Creative Commons Attribution",
        "CC-BY-SA-4.0": "Creative Commons Attribution Share-Alike",
        "CC0-1.0": "Creative Commons CCZero",
        "ODC-BY-1.0": "Open Data Commons Attribution License",
        "ODbL-1.0": "Open Data Commons Open Database License (ODbL)",
    ]

    public static func graph(_ catalog: Catalog) -> RDFGraph {
        let info = catalog.info
        var g = RDFGraph()
        let catalogIRI = info.catalogURL
        let publisher = catalogIRI + "#editor"
        let contact = catalogIRI + "#contacto"
        let license = info.licenseURL
        let date = info.date.map { RDFGraph.Object.literal($0.iso, datatype: RDFGraph.expand("xsd:date")) }

        g.type(catalogIRI, "dcat:Catalog")
        g.add(catalogIRI, "dct:title", .text(info.title, language: language))
        g.add(catalogIRI, "dct:description", .text(info.description, language: language))
        g.add(catalogIRI, "dct:publisher", .iri(publisher))
        g.add(catalogIRI, "dct:language", .iri(spanish))
        g.add(catalogIRI, "dct:license", .iri(license))
        g.add(catalogIRI, "foaf:homepage", .iri(info.baseURL))
        g.type(info.baseURL, "foaf:Document")
        g.add(catalogIRI, "dcat:themeTaxonomy", .iri(dataThemes))
        g.type(dataThemes, "skos:ConceptScheme")
        g.add(dataThemes, "dct:title", .text("Data theme", language: "en"))
        if let date {
            g.add(catalogIRI, "dct:issued", date)
            g.add(catalogIRI, "dct:modified", date)
        }
        let cityBox = catalog.municipalityBox
        let city = SpatialCoverage(name: info.municipality, code: Territory.cityWideCode, slug: DatasetScope.wholeCity.folder, bbox: cityBox)
        g.add(catalogIRI, "dct:spatial", .iri(location(info.baseURL + "datos/" + DatasetScope.wholeCity.folder + "/#territorio", city, in: &g)))
        describeLanguage(in: &g)
        describeLicense(info, in: &g)

        g.type(publisher, "foaf:Agent")
        g.add(publisher, "foaf:name", .text(info.publisherName, language: language))
        g.add(publisher, "dct:type", .iri(localAuthority))
        g.type(localAuthority, "skos:Concept")
        g.add(localAuthority, "skos:prefLabel", .text("Local Authority", language: "en"))
        if !info.publisherURL.isEmpty { g.add(publisher, "foaf:homepage", .iri(info.publisherURL)) }

        g.type(contact, "vcard:Organization")
        g.type(contact, "vcard:Kind")
        g.add(contact, "vcard:fn", .text(info.publisherName, language: language))
        if !info.email.isEmpty { g.add(contact, "vcard:hasEmail", .iri("mailto:" + info.email)) }

        g.type(quarterly, "dct:Frequency")
        g.type(stable, "skos:Concept")
        g.add(stable, "skos:prefLabel", .text("stable", language: "en"))

        for dataset in catalog.datasets {
            let id = dataset.identifier
            let landing = info.url(dataset.landingPath)
            g.add(catalogIRI, "dcat:dataset", .iri(id))
            g.type(id, "dcat:Dataset")
            g.add(id, "dct:title", .text(dataset.title, language: language))
            g.add(id, "dct:description", .text(dataset.description, language: language))
            g.add(id, "dct:identifier", .literal(id, datatype: nil))
            if let date {
                g.add(id, "dct:issued", date)
            }
            if let modified = dataset.modified { g.add(id, "dct:modified", .literal(modified.iso, datatype: RDFGraph.expand("xsd:date"))) }
            for keyword in dataset.tags { g.add(id, "dcat:keyword", .text(keyword, language: language)) }
            g.add(id, "dcat:theme", .iri(dataset.theme))
            g.type(dataset.theme, "skos:Concept")
            g.add(dataset.theme, "skos:prefLabel", .text(dataset.themeLabel, language: language))
            if dataset.theme.hasPrefix(dataThemes + "/") { g.add(dataset.theme, "skos:inScheme", .iri(dataThemes)) }
            g.add(id, "dct:publisher", .iri(publisher))
            g.add(id, "dcat:contactPoint", .iri(contact))
            g.add(id, "dct:license", .iri(license))
            g.add(id, "dct:language", .iri(spanish))
            g.add(id, "dct:accrualPeriodicity", .iri(quarterly))
            g.add(id, "dcat:landingPage", .iri(landing))
            g.type(landing, "foaf:Document")
            g.add(id, "dcat:version", .literal(dataset.version, datatype: nil))
            g.add(id, "owl:versionInfo", .literal(dataset.version, datatype: nil))

            let place = info.baseURL + "datos/" + dataset.scope.folder + "/#territorio"
            var spatial = dataset.spatial
            spatial.bbox = spatial.bbox ?? cityBox
            g.add(id, "dct:spatial", .iri(location(place, spatial, in: &g)))
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
                let mediaType = "http://www.iana.org/assignments/media-types/" + file.mediaType
                g.add(id, "dcat:distribution", .iri(distribution))
                g.type(distribution, "dcat:Distribution")
                g.add(distribution, "dct:title", .text("\(dataset.title) (\(file.format))", language: language))
                g.add(distribution, "dct:description", .text(distributionDescription(dataset, file), language: language))
                g.add(distribution, "dcat:accessURL", .iri(landing))
                g.add(distribution, "dcat:downloadURL", .iri(info.url(file.path)))
                g.add(distribution, "dcat:mediaType", .iri(mediaType))
                g.type(mediaType, "dct:MediaType")
                if let type = fileTypes[file.format] {
                    let fileType = "http://publications.europa.eu/resource/authority/file-type/" + type
                    g.add(distribution, "dct:format", .iri(fileType))
                    g.type(fileType, "dct:MediaTypeOrExtent")
                }
                if let standard = file.conformsTo {
                    g.add(distribution, "dct:conformsTo", .iri(standard))
                    g.type(standard, "dct:Standard")
                }
                g.add(distribution, "dcat:byteSize", .literal(String(file.byteSize), datatype: RDFGraph.expand("xsd:nonNegativeInteger")))
                g.add(distribution, "dct:license", .iri(license))
                g.add(distribution, "dcatap:availability", .iri(stable))
                if let date {
                    g.add(distribution, "dct:issued", date)
                    g.add(distribution, "dct:modified", date)
                }
                g.add(distribution, "spdx:checksum", .iri(checksum))
                g.type(checksum, "spdx:Checksum")
                g.add(checksum, "spdx:algorithm", .iri("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"))
                g.add(checksum, "spdx:checksumValue", .literal(file.sha256, datatype: RDFGraph.expand("xsd:hexBinary")))
            }
        }
        return g
    }

    /// States a `dct:Location` with its name and, when a box is known, its geometry (GeoJSON, which
    /// CKAN's spatial search reads), bounding box and centroid (WKT, as DCAT-AP 3 recommends).
    static func location(_ place: String, _ spatial: SpatialCoverage, in g: inout RDFGraph) -> String {
        g.type(place, "dct:Location")
        g.add(place, "skos:prefLabel", .text(spatial.name, language: language))
        if let box = spatial.bbox {
            g.add(place, "locn:geometry", .literal(geoJSON(box), datatype: geoJSONLiteral))
            g.add(place, "dcat:bbox", .literal(wkt(box), datatype: wktLiteral))
            g.add(place, "dcat:centroid", .literal(centroid(box), datatype: wktLiteral))
        }
        return place
    }

    static func describeLanguage(in g: inout RDFGraph) {
        g.type(spanish, "dct:LinguisticSystem")
    }

    /// The licence as a `dct:LicenseDocument` with its title (and CKAN's register title, so that a
    /// CKAN portal finds its `license_id`).
    static func describeLicense(_ info: CatalogInfo, in g: inout RDFGraph) {
        g.type(info.licenseURL, "dct:LicenseDocument")
        g.add(info.licenseURL, "dct:title", .text(info.licenseTitle, language: language))
        if !info.licenseID.isEmpty { g.add(info.licenseURL, "dct:identifier", .literal(info.licenseID, datatype: nil)) }
        if let type = licenseTypes[info.licenseID] {
            let iri = "http://purl.org/adms/licencetype/" + type
            g.add(info.licenseURL, "dct:type", .iri(iri))
            g.type(iri, "skos:Concept")
            g.add(iri, "skos:prefLabel", .text(type, language: "en"))
        }
        if let title = ckanLicenseTitles[info.licenseID] { g.add(info.licenseURL, "dct:title", .text(title, language: "en")) }
    }

    static func distributionDescription(_ dataset: DatasetMetadata, _ file: Distribution) -> String {
        "\(dataset.title): archivo \(file.format) con \(dataset.rowCount) \(dataset.rowCount == 1 ? "fila" : "filas") "
            + "y \(dataset.columns.count) columnas (\(file.byteSize) bytes; SHA-256 \(file.sha256))."
    }

    /// A WKT polygon of a bounding box (longitude latitude).
    static func wkt(_ box: BoundingBox) -> String {
        "POLYGON((" + corners(box).map { NumberText.format($0.0) + " " + NumberText.format($0.1) }.joined(separator: ", ") + "))"
    }

    /// A GeoJSON polygon of a bounding box.
    static func geoJSON(_ box: BoundingBox) -> String {
        "{\"type\":\"Polygon\",\"coordinates\":[["
            + corners(box).map { "[" + NumberText.format($0.0) + "," + NumberText.format($0.1) + "]" }.joined(separator: ",") + "]]}"
    }

    /// A WKT point at the centre of a bounding box.
    static func centroid(_ box: BoundingBox) -> String {
        "POINT(" + NumberText.format((box.west + box.east) / 2) + " " + NumberText.format((box.south + box.north) / 2) + ")"
    }

    static func corners(_ box: BoundingBox) -> [(Double, Double)] {
        [(box.west, box.south), (box.east, box.south), (box.east, box.north), (box.west, box.north), (box.west, box.south)]
    }
}
