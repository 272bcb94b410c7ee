/// The tool's version, printed by `--version` and written into the reports that name their tool.
public enum ExpedienteVersion {
    public static let current = "0.1.0"
}
