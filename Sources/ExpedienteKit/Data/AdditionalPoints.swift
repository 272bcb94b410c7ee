import Foundation

/// The extra points an expediente's documents support (ENARM call 9.3, CER call 7.2):
/// information for the applicant, never a finding.
public struct AdditionalPoints: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var concept: String
        public var title: String
        public var points: Double
        /// It adds to the total.
        public var counted: Bool
        public var documents: [String]
        /// Why it counts or not, in Spanish.
        public var reason: String
    }

    public var total: Double
    public var maximum: Double?
    public var items: [Item]
    public var source: String

    /// Nil when the call grants no extra points or the applicant claims none.
    static func compute(_ data: DataContext) -> AdditionalPoints? {
        guard let rules = data.convocatoria.file.additionalPoints else { return nil }
        let applicable = data.convocatoria.applicablePerfiles(data.perfil)
        var items: [(item: Item, group: String?)] = []
        for concept in rules.concepts {
            if let perfil = concept.perfil, applicable.contains(perfil) {
                items.append((judge(concept, documents: concept.documents, data: data, claim: "perfil \(perfil)"), concept.group))
            } else if let flag = concept.registro, data.registro?.flag(flag) == true {
                items.append((judge(concept, documents: concept.documents, data: data, claim: "registró \(flag): sí"), concept.group))
            } else if let authorship = concept.authorship {
                for publication in data.registro?.publicaciones ?? [] where publication.autoria == authorship {
                    let claim = "publicación \(publication.doi.map { "DOI \($0)" } ?? publication.documento), autor \(authorship)"
                    items.append((judge(concept, documents: concept.documents + [publication.documento], data: data, claim: claim), concept.group))
                }
            }
        }
        // A registered publication no concept covers (third author and after) is listed as not counted.
        let authorships = rules.concepts.compactMap(\.authorship)
        if !authorships.isEmpty {
            for publication in data.registro?.publicaciones ?? [] where !authorships.contains(publication.autoria) {
                let shown = authorships.sorted().map { "\($0)" }.joined(separator: " y ")
                let reason = "publicación \(publication.doi.map { "DOI \($0)" } ?? publication.documento), autor \(publication.autoria): solo cuentan las autorías \(shown)"
                items.append((Item(concept: "publicacion", title: "Publicación científica", points: 0, counted: false,
                                   documents: [publication.documento], reason: reason), nil))
            }
        }
        guard !items.isEmpty else { return nil }
        // Not cumulative within a group: only the highest supported concept counts.
        var result: [Item] = []
        for (index, entry) in items.enumerated() {
            var item = entry.item
            if item.counted, let group = entry.group,
               let better = items.enumerated().first(where: { other in
                   other.offset != index && other.element.group == group && other.element.item.counted
                       && (other.element.item.points > item.points || (other.element.item.points == item.points && other.offset < index))
               }) {
                item.counted = false
                item.reason = "no es acumulativo con «\(better.element.item.title)» (\(format(better.element.item.points)) puntos): solo cuenta el más alto"
            }
            result.append(item)
        }
        var total = result.filter(\.counted).reduce(0) { $0 + $1.points }
        if let maximum = rules.maximum, total > maximum { total = maximum }
        return AdditionalPoints(total: (total * 1000).rounded() / 1000, maximum: rules.maximum, items: result, source: rules.source)
    }

    private static func judge(_ concept: AdditionalPointsRules.Concept, documents: [String], data: DataContext, claim: String) -> Item {
        var problems: [String] = []
        for name in documents {
            let present = data.documents(of: name)
            if present.isEmpty {
                problems.append("falta \(name)")
            } else if present.contains(where: \.blocked) {
                problems.append("\(name) tiene observaciones")
            }
        }
        let counted = problems.isEmpty
        var reason = counted
            ? "\(claim); lo sustenta\(documents.count == 1 ? "" : "n") \(documents.joined(separator: ", "))"
            : "\(claim), pero \(problems.joined(separator: "; "))"
        if let note = concept.note { reason += ". \(note)" }
        return Item(concept: concept.id, title: concept.title, points: concept.points, counted: counted, documents: documents, reason: reason)
    }

    public static func format(_ points: Double) -> String {
        var text = String(format: "%.3f", points)
        if text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

extension Registro {
    /// A yes/no field by its key in the data file.
    func flag(_ key: String) -> Bool? {
        switch key {
        case "internado_imss": internadoIMSS
        case "servicio_social_imss": servicioSocialIMSS
        default: nil
        }
    }
}
