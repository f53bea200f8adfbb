/// The version `sitegen --version` prints; the one place it is defined.
public enum SitegenVersion {
    public static let current = "0.14.0"
}
