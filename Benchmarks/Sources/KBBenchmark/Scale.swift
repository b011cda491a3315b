/// How much the generator writes. `small` is not generated: it is the repository's Fixtures.
enum ScaleName: String, CaseIterable, Sendable {
    case small, medium, large

    /// The sizes to generate, or nil for the fixtures.
    var sizes: Scale? {
        switch self {
        case .small: return nil
        case .medium: return Scale.large.divided(by: 10)
        case .large: return Scale.large
        }
    }

    /// This scale and every smaller one, smallest first: the scales a run measures queries at.
    var upToThis: [ScaleName] { ScaleName.allCases.filter { $0.order <= order } }

    private var order: Int { ScaleName.allCases.firstIndex(of: self) ?? 0 }
}

/// Entity and fact counts of one generated knowledge base.
struct Scale: Sendable {
    var organisations: Int
    var people: Int
    var places: Int
    var projects: Int
    var forums: Int
    var quotes: Int
    var links: Int

    /// The "large": a country's whole mineral sector and then some.
    static let large = Scale(organisations: 100_000, people: 200_000, places: 20_000, projects: 5_000,
                             forums: 1_000, quotes: 200_000, links: 1_000_000)

    func divided(by factor: Int) -> Scale {
        Scale(organisations: organisations / factor, people: people / factor, places: places / factor,
              projects: projects / factor, forums: max(forums / factor, 10), quotes: quotes / factor, links: links / factor)
    }
}
