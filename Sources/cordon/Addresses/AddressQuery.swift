import CordonChain
import Foundation

/// One line of a batch input file: a bare address, or a JSON object
/// `{"id":…,"address":…,"asset":…}` where only `address` is required.
struct AddressQuery {
    var id: String?
    var address: String
    var asset: AssetCode?

    /// Why a line is not a query; carries the id when one was readable so the
    /// error record can still be joined back.
    struct LineError: Error {
        var id: String?
        var message: String
    }

    /// nil for a blank line, which is not a query.
    static func parse(_ line: Substring, defaultAsset: AssetCode?) throws(LineError) -> AddressQuery? {
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        guard text.hasPrefix("{") else { return AddressQuery(id: nil, address: text, asset: defaultAsset) }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                throw LineError(message: "expected a JSON object")
            }
            object = parsed
        } catch let error as LineError {
            throw error
        } catch {
            throw LineError(message: "not valid JSON (\((error as NSError).localizedDescription)); expected {\"id\":…,\"address\":…,\"asset\":…} or a bare address")
        }
        var id: String?
        switch object["id"] {
        case nil, is NSNull: id = nil
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: throw LineError(message: "\"id\" must be a string or a number")
        }
        guard let address = object["address"] as? String else {
            throw LineError(id: id, message: object["address"] == nil ? "missing \"address\"" : "\"address\" must be a string")
        }
        var asset = defaultAsset
        switch object["asset"] {
        case nil, is NSNull: break
        case let code as String where code.trimmingCharacters(in: .whitespaces).isEmpty: break
        case let code as String:
            guard let parsed = AssetCode(code: code) else {
                throw LineError(id: id, message: "unknown asset code '\(code)'; known: \(AssetCode.allCases.map(\.rawValue).joined(separator: ", ")) (BTC is read as XBT)")
            }
            asset = parsed
        default:
            throw LineError(id: id, message: "\"asset\" must be a string")
        }
        return AddressQuery(id: id, address: address, asset: asset)
    }
}
