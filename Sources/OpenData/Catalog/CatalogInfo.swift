/// Who publishes the open-data catalog and on which terms (from the site's configuration). Every
/// metadata format (Data Package, DCAT, data.json, schema.org) reads the same values from here.
public struct CatalogInfo: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL of the site, ending in '/'; empty when unknown (then no absolute URL is stated).
    public var baseURL: String
    public var language: String
    public var publisherName: String
    public var publisherURL: String
    public var publisherEmail: String
    public var contactEmail: String
    public var licenseID: String
    public var licenseTitle: String
    public var licenseURL: String
    /// The build's date (never the clock); stamped as the datasets' modification date.
    public var date: LocalDate?
    /// The municipality the data is about, as the catalog names it (site.yml `municipio`).
    public var municipality: String

    /// The municipality when site.yml names none.
    public static let defaultMunicipality = BuiltInDefaults.municipality

    public init(title: String, description: String, baseURL: String, language: String,
                publisherName: String, publisherURL: String, publisherEmail: String, contactEmail: String,
                licenseID: String, licenseTitle: String, licenseURL: String, date: LocalDate?,
                municipality: String = CatalogInfo.defaultMunicipality) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.publisherName = publisherName
        self.publisherURL = publisherURL
        self.publisherEmail = publisherEmail
        self.contactEmail = contactEmail
        self.licenseID = licenseID
        self.licenseTitle = licenseTitle
        self.licenseURL = licenseURL
        self.date = date
        self.municipality = municipality
    }

    /// The e-mail people write to about the data: the contact's, else the publisher's.
    public var email: String { contactEmail.isEmpty ? publisherEmail : contactEmail }

    /// The absolute URL of a site path, or the path itself when there is no base URL.
    public func url(_ path: String) -> String { baseURL + path }

    /// The name of a dataset's place: the territory's, or the whole municipality's.
    public func name(of scope: DatasetScope) -> String {
        scope.name(municipality: municipality)
    }

    /// The IRI of the catalog (`<base>datos/`).
    public var catalogURL: String { url("datos/") }
}
