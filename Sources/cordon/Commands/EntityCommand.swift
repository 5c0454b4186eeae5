import ArgumentParser
import CordonModel
import CordonSources

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "One listed party's full record, by id (ofac-sdn:43377, un:KPi.066, ftm:…, custom:…)."
    )

    @Argument(help: "The entity id, SOURCE:ID.") var id: String
    @OptionGroup var lists: ListOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        guard let entityID = EntityID(id) else {
            throw ValidationError("'\(id)' is not an entity id; expected SOURCE:ID, e.g. ofac-sdn:43377 or un:KPi.066")
        }
        let snapshots = try lists.load()
        for snapshot in snapshots {
            guard let entity = snapshot.entity(entityID) else { continue }
            print(json ? try JSONOutput.string(entity) : EntityText.render(entity, list: snapshot))
            return
        }
        let loaded = snapshots.map(\.source.id).joined(separator: ", ")
        throw CommandFailure("\(entityID): not found in the loaded lists (\(loaded))")
    }
}
