/// What a cut without a territory column (the per-agency workbook) tells its readers: its pages
/// and datasets carry this Spanish note.
extension Cuadro1SReport {
    /// Nil when the cut has territories; otherwise the note, naming the cut.
    public var territorialNote: String? {
        guard !hasTerritories else { return nil }
        return "El corte \(cut.id) no tiene desglose territorial: viene en el formato anterior por organismo "
            + "(«Plan de Acción Proyectos Organismos»), sin columna de comuna o corregimiento, y todos sus proyectos "
            + "se publican como de toda la ciudad (código 99)."
    }
}
