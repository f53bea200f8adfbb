import OpenData

/// A view model that writes its own boxed dictionary, field by field with their static types:
/// what `MustacheBox` makes of it from `mustacheFields`, without putting every field in an `Any`
/// and casting it back (boxing was a tenth of rendering a project page).
///
/// Only for types whose fields are text, numbers, flags and other such types: `BoxPlan` uses it
/// when it names as many keys as the type has stored properties, and debug builds (the tests)
/// check that it equals the generic box.
protocol MustacheDictionary: MustacheFields {
    var mustacheDictionary: [String: Any] { get }
}

extension MustacheDictionary {
    /// Boxes each element the same way, as the generic box's `[Any]`.
    static func boxed(_ values: [Self]) -> [Any] { values.map { $0.mustacheDictionary } }
}

extension PageFrame: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["lang": lang, "title": title, "siteTitle": siteTitle, "description": description, "root": root,
         "canonical": canonical, "exampleData": exampleData, "nav": Link.boxed(nav), "breadcrumbs": Link.boxed(breadcrumbs),
         "publisher": publisher, "licenseTitle": licenseTitle, "licenseURL": licenseURL,
         "contactEmail": contactEmail, "pqrsdURL": pqrsdURL, "generated": generated, "feed": feed, "search": search]
    }
}

extension PageFrame.Link: MustacheDictionary {
    var mustacheDictionary: [String: Any] { ["href": href, "label": label, "current": current] }
}

extension ProjectRow: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["bp": bp, "href": href, "name": name, "agency": agency, "territory": territory, "activities": activities,
         "modified": modified, "executed": executed, "progress": progress, "progressValue": progressValue]
    }
}

extension BudgetFigures: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["initial": initial, "modified": modified, "executed": executed, "obligated": obligated, "paid": paid,
         "financialProgress": financialProgress]
    }
}

extension ProjectPage.ActivityView: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["code": code, "name": name, "territory": territory, "weight": weight, "quarters": ProjectPage.Quarter.boxed(quarters),
         "budget": budget.mustacheDictionary, "start": start, "end": end, "product": product, "planGoal": planGoal, "source": source]
    }
}

extension ProjectPage.Quarter: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["label": label, "progress": progress, "explanation": explanation, "hasExplanation": hasExplanation]
    }
}

extension ContentLink: MustacheDictionary {
    var mustacheDictionary: [String: Any] { ["href": href, "title": title, "summary": summary, "date": date] }
}

extension MarkdownPageView: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["frame": frame.mustacheDictionary, "title": title, "summary": summary, "date": date, "territory": territory,
         "territoryHref": territoryHref, "html": html, "source": source]
    }
}

extension ProjectPage.TerritoryShare: MustacheDictionary {
    var mustacheDictionary: [String: Any] { ["href": href, "name": name, "activities": activities, "modified": modified] }
}

extension PlanLevel: MustacheDictionary {
    var mustacheDictionary: [String: Any] { ["code": code, "name": name] }
}

extension DownloadLink: MustacheDictionary {
    var mustacheDictionary: [String: Any] { ["href": href, "label": label, "format": format] }
}

extension HomePage.TerritoryLine: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["href": href, "name": name, "code": code, "kind": kind, "projects": projects, "modified": modified]
    }
}

extension TerritoriesIndexPage.Line: MustacheDictionary {
    var mustacheDictionary: [String: Any] {
        ["href": href, "name": name, "code": code, "projects": projects, "modified": modified, "executed": executed]
    }
}

extension ExecutionView.Line: MustacheDictionary {
    var mustacheFields: [(String, Any)] {
        [("territory", territory), ("activity", activity), ("fund", fund), ("participatory", participatory),
         ("modified", modified), ("executed", executed), ("paid", paid)]
    }

    var mustacheDictionary: [String: Any] {
        ["territory": territory, "activity": activity, "fund": fund, "participatory": participatory,
         "modified": modified, "executed": executed, "paid": paid]
    }
}

extension ExecutionView.ProjectLine: MustacheDictionary {
    var mustacheFields: [(String, Any)] {
        [("bp", bp), ("name", name), ("href", href), ("hasPage", hasPage), ("modified", modified), ("executed", executed),
         ("paid", paid)]
    }

    var mustacheDictionary: [String: Any] {
        ["bp": bp, "name": name, "href": href, "hasPage": hasPage, "modified": modified, "executed": executed, "paid": paid]
    }
}
