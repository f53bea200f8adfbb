import OpenData

/// A view model that lists its own fields for the templates, so `MustacheBox` need not read them
/// through `Mirror` (reflection was most of a rebuild's time in `sitegen serve`).
///
/// The list must name every stored property, with its value: `MustacheBox` checks the count on
/// every use and falls back to `Mirror` when a property was added but not listed, and debug builds
/// (the tests) also check the names.
protocol MustacheFields {
    var mustacheFields: [(String, Any)] { get }
}

extension PageFrame: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("lang", lang), ("title", title), ("siteTitle", siteTitle), ("description", description), ("root", root),
         ("canonical", canonical), ("exampleData", exampleData), ("nav", nav), ("breadcrumbs", breadcrumbs),
         ("publisher", publisher), ("licenseTitle", licenseTitle), ("licenseURL", licenseURL),
         ("contactEmail", contactEmail), ("pqrsdURL", pqrsdURL), ("generated", generated), ("feed", feed), ("search", search)]
    }
}

extension PageFrame.Link: MustacheFields {
    var mustacheFields: [(String, Any)] { [("href", href), ("label", label), ("current", current)] }
}

extension ProjectRow: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("bp", bp), ("href", href), ("name", name), ("agency", agency), ("territory", territory), ("activities", activities),
         ("modified", modified), ("executed", executed), ("progress", progress), ("progressValue", progressValue)]
    }
}

extension BudgetFigures: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("initial", initial), ("modified", modified), ("executed", executed), ("obligated", obligated), ("paid", paid),
         ("financialProgress", financialProgress)]
    }
}

extension ProjectPage.ActivityView: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("code", code), ("name", name), ("territory", territory), ("weight", weight), ("quarters", quarters),
         ("budget", budget), ("start", start), ("end", end), ("product", product), ("planGoal", planGoal), ("source", source)]
    }
}

extension ProjectPage.Quarter: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("label", label), ("progress", progress), ("explanation", explanation), ("hasExplanation", hasExplanation)]
    }
}

extension ContentLink: MustacheFields {
    var mustacheFields: [(String, Any)] { [("href", href), ("title", title), ("summary", summary), ("date", date)] }
}

extension ProjectPage.TerritoryShare: MustacheFields {
    var mustacheFields: [(String, Any)] { [("href", href), ("name", name), ("activities", activities), ("modified", modified)] }
}

extension PlanLevel: MustacheFields {
    var mustacheFields: [(String, Any)] { [("code", code), ("name", name)] }
}

extension DownloadLink: MustacheFields {
    var mustacheFields: [(String, Any)] { [("href", href), ("label", label), ("format", format)] }
}

extension HomePage.TerritoryLine: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("href", href), ("name", name), ("code", code), ("kind", kind), ("projects", projects), ("modified", modified)]
    }
}

extension TerritoriesIndexPage.Line: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("href", href), ("name", name), ("code", code), ("projects", projects), ("modified", modified), ("executed", executed)]
    }
}

extension MarkdownPageView: MustacheFields {
    var mustacheFields: [(String, Any)] {
        [("frame", frame), ("title", title), ("summary", summary), ("date", date), ("territory", territory),
         ("territoryHref", territoryHref), ("html", html), ("source", source)]
    }
}
