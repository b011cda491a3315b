import TestSupport
import MineralKB

/// Makes realistic names that are unique after normalisation, across every kind and the reference
/// data: a document can then name anything without declaring which of two namesakes it means.
struct NameFactory {
    private(set) var taken: Set<String>

    init(taken: Set<String>) { self.taken = taken }

    /// Reserves `name` if its normalised form is free; false if it is taken (or normalises to nothing).
    mutating func reserve(_ name: String) -> Bool {
        let key = NameNormaliser.normalise(name)
        return !key.isEmpty && taken.insert(key).inserted
    }

    /// A fresh name from `make`; after a few collisions a distinguishing numeral is added.
    mutating func unique(_ random: inout SplitMix64, _ make: (inout SplitMix64) -> String) -> String {
        for _ in 0..<12 {
            let name = make(&random)
            if reserve(name) { return name }
        }
        var number = 2
        let base = make(&random)
        while !reserve("\(base) \(NameFactory.numeral(number))") { number += 1 }
        return "\(base) \(NameFactory.numeral(number))"
    }

    private static func numeral(_ n: Int) -> String {
        let romans = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        return n < romans.count ? romans[n] : String(n)
    }

    // MARK: - Word stock

    static let syllables = [
        "ka", "ra", "chi", "sha", "ba", "pur", "gar", "kot", "lan", "mar", "zan", "tor", "que", "vil", "ca", "ma",
        "na", "ri", "to", "lo", "shan", "xi", "an", "jin", "bo", "ga", "li", "ku", "se", "ndo", "wa", "ta", "be",
        "ko", "mi", "sa", "du", "ha", "pe", "ro", "ya", "zi", "hu", "dar", "mba", "tu", "go", "lu", "ne", "sin",
    ]
    /// Syllables with diacritics, used now and then so the importer meets non-ASCII names.
    static let accentedSyllables = ["jó", "ñu", "çe", "ü", "ré", "ã", "ö", "lí"]

    static func stem(_ random: inout SplitMix64, syllables count: Int) -> String {
        var text = ""
        for index in 0..<count {
            let accented = index > 0 && random.chance(0.03)
            text += accented ? random.pick(accentedSyllables) : random.pick(syllables)
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    static let townEndings = ["", "", "", "abad", "pur", "garh", "ville", "ton", " City", "shan", "zhou", "ba"]
    static let siteWords = ["Block", "Hills", "Concession", "Prospect", "Pit", "Valley", "Field", "Ridge", "Range", "Basin"]
    static let sectorWords = [
        "Mining", "Minerals", "Resources", "Metals", "Copper", "Gold", "Exploration", "Engineering", "Heavy Industry",
        "Energy", "Holdings", "Drilling", "Mining Equipment", "Cement", "Coal", "Lithium", "Rare Earths", "Steel",
        "Geological Services", "Refining",
    ]
    static let companySuffixes = [
        "Ltd", "Co Ltd", "Co., Ltd.", "Pvt Ltd", "Corporation", "Group", "SA", "Plc", "Inc", "LLC", "S.A.C.", "GmbH",
        "Pty Ltd", "Limited", "Company",
    ]
    static let mediaWords = ["Mining Journal", "Minerals Review", "Business Recorder", "Resource Times", "Metals Daily", "Herald", "News Agency"]
    static let governmentForms = ["Mines and Minerals Department", "Geological Survey", "Mineral Development Authority", "Ministry of Mines", "Mining Cadastre Office"]
    static let associationForms = ["Chamber of Mines", "Mining Association", "Gemstone Traders Association", "Quarry Owners Association"]
    static let universityForms = ["University of Mining and Technology", "School of Mines", "Institute of Geology"]

    static let firstNames = [
        "Ahmed", "Ali", "Imran", "Ayesha", "Fatima", "Bilal", "Hassan", "Sana", "Usman", "Zainab", "Kamran", "Nadia",
        "Min", "Wei", "Li", "Zhang", "Xiao", "Jun", "Mei", "Hui", "Chen", "Lin", "Yan", "Qiang",
        "José", "María", "Juan", "Lucía", "Andrés", "Camila", "Javier", "Sofía", "Diego", "Valentina",
        "Jack", "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Oliver", "Isla", "James", "Emily",
        "Kwame", "Amara", "Chidi", "Thandiwe", "Sipho", "Nomvula", "Jean-Pierre", "Aminata", "Moussa", "Fatou",
        "Raj", "Priya", "Arjun", "Ananya", "Vikram", "Deepa", "Sergei", "Olga", "Dmitri", "Aigerim", "Nurlan", "Bolormaa",
        "Mehmet", "Ayşe", "Reza", "Leila", "Nguyen", "Thi", "Budi", "Siti", "Rodrigo", "Ana", "Pedro", "Joana",
        "Hans", "Jürgen", "Björn", "Élodie", "François", "Zoë",
    ]
    static let lastNames = [
        "Khan", "Shah", "Malik", "Qureshi", "Baloch", "Chaudhry", "Butt", "Siddiqui", "Ziheng", "Wang", "Liu", "Zhao",
        "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo", "He", "Gao", "Luo", "García", "Rodríguez", "López",
        "Martínez", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Núñez", "Smith", "Jones",
        "Williams", "Brown", "Taylor", "Wilson", "Campbell", "Anderson", "Thompson", "O'Brien", "Mensah", "Okafor",
        "Mwangi", "Dlamini", "Nkosi", "Diallo", "Traoré", "Kabila", "Tshisekedi", "Banda", "Patel", "Sharma", "Singh",
        "Gupta", "Reddy", "Ivanov", "Petrov", "Smirnov", "Nazarbayev", "Bat-Erdene", "Yılmaz", "Kaya", "Hosseini",
        "Tran", "Pham", "Santoso", "Wijaya", "Silva", "Santos", "Oliveira", "Müller", "Schmidt", "Lindqvist",
        "Dubois", "Lefèvre",
    ]
    static let titles = [
        "Chief Executive Officer", "Managing Director", "Director Marketing Planning", "Chief Geologist",
        "Head of Exploration", "Country Manager", "Chairman", "General Manager Operations",
        "Vice President Business Development", "Senior Mining Engineer", "Chief Financial Officer",
        "Director General", "Secretary Mines and Minerals", "Project Director", "Head of Sustainability",
        "Regional Director", "Plant Manager", "Head of Procurement", "Spokesperson", "President",
    ]
    static let projectWords = ["Project", "Mine", "Deposit", "Block", "Concession", "Plant", "Refinery", "Expansion"]
    static let forumForms = [
        "Mineral Cooperation Forum", "Mining Conference", "Mining Week", "Minerals Investment Summit",
        "Mining Indaba", "Resources Expo", "Critical Minerals Dialogue", "Mines and Money Forum",
    ]
    static let partnerships = ["mineral processing", "equipment supply", "exploration", "mine development", "logistics", "smelting"]
}
