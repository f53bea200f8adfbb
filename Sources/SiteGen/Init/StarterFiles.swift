import Foundation
import OpenData

/// The starter content folder `sitegen init` writes for a new municipality: a commented
/// `site.yml`, a header-only `territorios.csv`, one folder per source with a README saying what
/// goes there, one example page and one example diagnostic. The texts are for the publisher
/// (not the citizen) and live here so the binary needs no file beside it.
public enum StarterFiles {
    /// The folders `init` creates, each with a README.md (never read as a page or as data).
    static let folders: [(path: String, readme: String)] = [
        (ContentLayout.reports, """
        # informes-1s: informes de seguimiento al Plan de Acción (Cuadro 1S)

        Ponga aquí un archivo por corte del formato oficial Cuadro 1S "Seguimiento al Plan de
        Acción", tal como lo exporta la Secretaría de Planeación, en CSV o XLSX. El nombre del
        archivo es el corte: `2025-T1.csv`, `2025-T2.xlsx` (año y trimestre).

        sitegen lee las columnas por su encabezado (en cualquier orden, separador `,` o `;`, UTF-8
        o Windows-1252); una fila por actividad. Cada corte es una página de informe, un conjunto
        de datos y la base de las fichas de proyecto. Sin ningún corte el sitio se publica "en
        preparación".

        """),
        (ContentLayout.executions, """
        # ejecucion: ejecución presupuestal

        Ponga aquí la exportación mensual de ejecución presupuestal de inversión del sistema
        financiero, un archivo por mes: `2025-03.csv` o `.xlsx` (año y mes del corte).

        Se lee por encabezado y se une al Cuadro 1S por el código BP del proyecto. Es opcional.

        """),
        ("contratos", """
        # contratos: contratos de los proyectos de inversión

        Ponga aquí la exportación de contratos (SECOP II o el sistema de contratación de la
        entidad) en CSV, con el número del contrato, el proveedor (NIT) y el código BPIN de los
        proyectos que financia. Se une a los proyectos del Cuadro 1S por el BPIN. Es opcional.

        """),
        ("planes", """
        # planes: plan de participación y procedimientos

        - `acciones.csv`: el plan de acción de participación ciudadana, una fila por acción
          (organismo, procedimiento, fase, modalidad, territorios separados por `;`, fechas, meta,
          indicador, avance 0–100, evidencia). Es opcional.
        - Archivos `.md`: páginas sobre el Plan Municipal de Participación Ciudadana y sus
          procedimientos (Markdown con encabezado `titulo`, `resumen`, `fecha`).

        """),
        ("diagnosticos", """
        # diagnosticos: diagnósticos participativos

        - Un archivo `.md` por diagnóstico de territorio, con encabezado `titulo`, `resumen`,
          `fecha` y `territorio` (el código de `territorios.csv`; 99 es todo el municipio).
        - `problemas.csv`: los problemas priorizados en los diagnósticos, una fila por problema,
          con su territorio, su prioridad y la línea del plan. Es opcional.

        """),
        ("paginas", """
        # paginas: páginas del sitio

        Cada archivo `.md` es una página (`acerca.md` se publica en `paginas/acerca/`). Encabezado:
        `titulo`, `resumen`, `fecha` y, opcional, `peso` para el orden en el menú.

        """),
        (ContentLayout.geo, """
        # geo: límites de los territorios

        Ponga aquí los límites de las comunas y corregimientos en GeoJSON (`*.geojson`, WGS84),
        con una propiedad que dé el código o el nombre del territorio como en `territorios.csv`.
        Con ellos el sitio dibuja mapas y el catálogo indica la cobertura espacial. Es opcional.

        """),
    ]

    /// The header `TerritoryCatalog.read` accepts: code, kind (comuna, corregimiento, agregado,
    /// ciudad), name and other names separated by ';'.
    static let territoriesHeader = "codigo,tipo,nombre,alias\n"

    static let examplePage = """
    ---
    titulo: "Acerca de este sitio"
    resumen: "Qué publica este sitio, de dónde salen sus datos y cómo descargarlos."
    fecha: "2025-01-01"
    peso: 1
    ---

    Este sitio publica los proyectos de inversión, su seguimiento y la participación ciudadana
    de cada territorio del municipio. Cambie este texto en `paginas/acerca.md`.

    """

    static let exampleDiagnostic = """
    ---
    titulo: "Diagnóstico participativo del municipio (ejemplo)"
    resumen: "Ejemplo de diagnóstico: reemplácelo por los diagnósticos de cada territorio."
    fecha: "2025-01-01"
    territorio: 99
    ---

    > **Contenido de ejemplo.** Este texto muestra cómo se publica un diagnóstico participativo.
    > Escriba uno por territorio, con el código del territorio en `territorio`.

    ## Cómo se construyó

    Describa las mesas, quién participó y cómo se priorizaron los problemas.

    """

    /// `site.yml` with every key commented, for `municipio` and `codigo_dane`.
    static func siteConfig(municipality: String, daneCode: String) -> String {
        let name = yamlQuoted(municipality)
        return """
        # Configuración del sitio (sitegen). Las líneas que empiezan con # son comentarios.

        # Título y descripción del sitio: aparecen en cada página y en el catálogo de datos.
        title: \(yamlQuoted("Inversión y participación de " + municipality))
        description: \(yamlQuoted("Proyectos de inversión, seguimiento y participación ciudadana por territorio de " + municipality + "."))

        # Municipio y su código DANE (cinco dígitos): nombran los datos en el catálogo.
        municipio: \(name)
        codigo_dane: "\(daneCode)"

        # URL pública donde se publicará el sitio (termina en /). Sin ella no se escriben
        # catalog.ttl, catalog.jsonld, data.json ni sitemap.xml, que necesitan URL absolutas.
        base_url: ""

        # Idioma de las páginas y de los metadatos.
        language: "es-CO"

        # true mientras los datos sean de ejemplo: cada página lo advierte. Póngalo en false
        # cuando publique datos oficiales.
        example_data: true

        # true para mostrar el aviso "sitio en preparación" en cada página. El aviso también
        # aparece mientras falten los territorios (territorios.csv) o el primer corte del Cuadro 1S.
        en_preparacion: false

        # Entidad que publica el sitio y los datos.
        publisher:
          name: \(yamlQuoted("Alcaldía de " + municipality))
          url: ""
          email: ""

        # Contacto para preguntas sobre los datos, y el enlace para radicar PQRSD.
        contact:
          email: ""
          phone: ""
          pqrsd_url: ""

        # Licencia de los datos abiertos.
        license:
          id: "CC-BY-4.0"
          title: "Creative Commons Atribución 4.0 Internacional"
          url: "https://creativecommons.org/licenses/by/4.0/"

        # Fecha de los datos (aaaa-mm-dd). Fijarla hace que la salida sea reproducible; sin ella
        # se usa SOURCE_DATE_EPOCH si está definida.
        # date: "2025-01-01"

        """
    }

    /// A double-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Every file of the starter folder: its path inside the folder and its text, in order.
    public static func files(municipality: String, daneCode: String) -> [(path: String, text: String)] {
        [(ContentLayout.siteConfig, siteConfig(municipality: municipality, daneCode: daneCode)),
         (ContentLayout.territories, territoriesHeader)]
            + folders.map { ($0.path + "/README.md", $0.readme) }
            + [("paginas/acerca.md", examplePage), ("diagnosticos/ejemplo.md", exampleDiagnostic)]
    }
}
