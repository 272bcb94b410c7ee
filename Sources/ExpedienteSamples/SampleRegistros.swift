/// The REGISTRO.yaml files of the sample folders: what each sample applicant registered.
public enum SampleRegistros {
    static let header = "# Datos registrados por el aspirante (README, «Datos del aspirante»).\n"

    /// The standard applicant in the ENARM XLVIII call.
    public static func enarm(perfil: String = "todos", curp: String = SampleApplicant.standard.curp, extra: String = "") -> String {
        header + """
            convocatoria: enarm-xlviii-2025-2026
            curp: \(curp)
            perfil: \(perfil)
            edicion_enarm: XLVIII
            calificaciones:
              promedio_licenciatura: 92.1
              internado: 94.0
              puntaje_enarm: 78.5

            """ + extra
    }

    /// The standard applicant in the CER 2026-2027 call.
    public static func cer(edicion: String, perfil: String = "todos",
                           especialidad: String = "{cer: Cardiología, ceme: Medicina Interna, grado: 2}", extra: String = "") -> String {
        header + """
            convocatoria: cer-2026-2027
            curp: \(SampleApplicant.standard.curp)
            perfil: \(perfil)
            edicion_enarm: \(edicion)
            especialidad: \(especialidad)
            calificaciones:
              promedio_licenciatura: 92.1
              internado: 94.0
              promedio_posgrado: 91.0
              calificacion_enarm: 78.5

            """ + extra
    }

    static let publicaciones = """
        publicaciones:
          - {documento: PUBLICACION1, autoria: 1, doi: 10.5281/zenodo.1000001}
          - {documento: PUBLICACION2, autoria: 2, doi: 10.5281/zenodo.1000002}

        """
}
