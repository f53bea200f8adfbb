import Foundation

/// The theme's words for the texts the build puts together outside the templates: page titles,
/// descriptions and breadcrumbs, the search index's kinds, the calendars' names. They are the
/// `paginas` texts of `i18n/es.yml`; `{{name}}` in a text takes the value the page passes under
/// that name (plain text: the templates escape titles where they print them).
///
/// Every key is checked when the theme loads: a theme without one of them does not load.
struct PageWords: Sendable {
    enum Key: String, CaseIterable, Sendable {
        case inicio
        case territorios, territorioDescripcion = "territorio_descripcion"
        case informes, informesTitulo = "informes_titulo", informeTitulo = "informe_titulo"
        case cambios, cambiosTitulo = "cambios_titulo", cambiosDescripcion = "cambios_descripcion"
        case proyectoDescripcion = "proyecto_descripcion"
        case organismos, organismoDescripcion = "organismo_descripcion", organismoCodigo = "organismo_codigo"
        case agenda, agendaTitulo = "agenda_titulo", agendaDescripcion = "agenda_descripcion", todaLaCiudad = "toda_la_ciudad"
        case calendario
        case planes, diagnosticos, paginas
        case acciones, accionesTitulo = "acciones_titulo", accionesDescripcion = "acciones_descripcion", accionesCelda = "acciones_celda"
        case accionesSeccion = "acciones_seccion", organismosSeccion = "organismos_seccion"
        case problemas, problemasTitulo = "problemas_titulo", problemasDescripcion = "problemas_descripcion"
        case listaAcciones = "lista_acciones_titulo", listaAccionesDescripcion = "lista_acciones_descripcion"
        case datos, datosDescripcion = "datos_descripcion", datosIntro = "datos_intro", sinCorte = "sin_corte", periodo
        case catalogoPaquete = "catalogo_paquete", catalogoTurtle = "catalogo_turtle", catalogoJSONLD = "catalogo_jsonld", catalogoDataJSON = "catalogo_datajson"
        case calidad, calidadDescripcion = "calidad_descripcion"
        case buscar, buscarDescripcion = "buscar_descripcion"
        case buscarTerritorio = "buscar_territorio", buscarProyecto = "buscar_proyecto", buscarActividad = "buscar_actividad"
        case buscarActividadDetalle = "buscar_actividad_detalle", buscarOrganismo = "buscar_organismo", buscarOrganismoDetalle = "buscar_organismo_detalle"
        case buscarContrato = "buscar_contrato", buscarContratoProyecto = "buscar_contrato_proyecto"
        case buscarContratoSinProyecto = "buscar_contrato_sin_proyecto", buscarProveedor = "buscar_proveedor"
        case buscarProveedorNIT = "buscar_proveedor_nit", buscarProveedorUnContrato = "buscar_proveedor_un_contrato"
        case buscarProveedorContratos = "buscar_proveedor_contratos"
        case transparencia, transparenciaTitulo = "transparencia_titulo", transparenciaDescripcion = "transparencia_descripcion"
        case participa, participaDescripcion = "participa_descripcion"
        case noEncontrada = "no_encontrada"

        /// The dotted key in `i18n/es.yml`.
        var path: String { PageWords.group + "." + rawValue }
    }

    /// The group of `i18n/es.yml` these texts are under.
    static let group = "paginas"

    /// Each text cut once into its literal pieces and the names between them.
    private let texts: [String: [Piece]]

    /// A literal part of a text, or the `{{name}}` of a value.
    private enum Piece: Sendable {
        case literal(String)
        case value(String)
    }

    /// Picks the `paginas` texts; `file` names the file in the error for a missing one.
    init(texts: [String: String], file: String) throws {
        var picked: [String: [Piece]] = [:]
        for key in Key.allCases {
            guard let text = texts[key.path] else { throw ThemeStrings.LoadError.missing(key: key.path, template: file) }
            picked[key.rawValue] = Self.pieces(text)
        }
        self.texts = picked
    }

    private static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            if open.lowerBound > rest.startIndex { pieces.append(.literal(String(rest[..<open.lowerBound]))) }
            pieces.append(.value(String(rest[open.upperBound..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        return pieces
    }

    /// The text of `key` with each `{{name}}` replaced by its value; a name without a value is
    /// written as it is.
    func callAsFunction(_ key: Key, _ values: KeyValuePairs<String, String> = [:]) -> String {
        var text = ""
        for piece in texts[key.rawValue] ?? [] {
            switch piece {
            case .literal(let literal):
                text += literal
            case .value(let name):
                text += values.first { $0.key == name }?.value ?? "{{" + name + "}}"
            }
        }
        return text
    }
}
