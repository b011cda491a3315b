import Foundation

/// One document to import, or why it could not be read.
enum DocumentInput {
    case document(ImportInput)
    case unreadable(DocumentProblem)
}
