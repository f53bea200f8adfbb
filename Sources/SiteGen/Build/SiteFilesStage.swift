import OpenData

/// Writes the site's files that are not pages: `404.html`, `robots.txt`, the feeds, the agendas
/// and the search index (`SiteFiles`), the theme's assets, and each cut's original file.
struct SiteFilesStage {
    let output: any FileSink

    func run(_ content: SiteContent, theme: Theme) throws {
        var files = try SiteFiles(content: content, theme: theme).render()
        for asset in theme.assets { try files.add(asset.path, asset.bytes) }
        try output.write(files)
        try OriginalFileCopy.copy(content.originals, into: output)
    }
}
