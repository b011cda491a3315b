/// The two ways of finding the firms present in a place; both give the same rows in the same order.
enum FirmPlan: Sendable, CaseIterable {
    /// From the place's descendants to the links that end there, then every row sorted: the cost of
    /// every presence in the place, whatever the page (`KnowledgeBase.firmsSQL`).
    case fromPlace
    /// Firms in name order, each kept when present, stopping when the page is full: cheap for the
    /// first pages of a large place, dear for a small one (`KnowledgeBase.firmsByNameSQL`).
    case byFirmName
}
