import CordonModel
import CordonSources
import Foundation
import Testing

/// Every kind of broken file gets an error that names the file and the place, never a crash.
@Suite("Bad input")
struct BadInputTests {
    static func load(_ name: String, _ bytes: [UInt8]) throws -> [ListSnapshot] {
        try ListLoader.load(files: [try ListFile(name: name, compressed: bytes)])
    }

    static func expectError(_ name: String, _ bytes: [UInt8], containing parts: String...) {
        #expect {
            _ = try load(name, bytes)
        } throws: { error in
            let text = String(describing: error)
            let ok = parts.allSatisfy { text.contains($0) }
            if !ok { Issue.record("unexpected message: \(text)") }
            return ok
        }
    }

    static let advancedHead = """
    <?xml version="1.0" encoding="utf-8"?>
    <Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML">
      <DateOfIssue CalendarTypeID="1"><Year>2025</Year><Month>11</Month><Day>19</Day></DateOfIssue>
      <ReferenceValueSets>
        <AliasTypeValues><AliasType ID="1403">Name</AliasType></AliasTypeValues>
        <PartySubTypeValues><PartySubType ID="4" PartyTypeID="1">Unknown</PartySubType></PartySubTypeValues>
        <PartyTypeValues><PartyType ID="1">Individual</PartyType></PartyTypeValues>
        <FeatureTypeValues><FeatureType ID="8" FeatureTypeGroupID="1">Birthdate</FeatureType></FeatureTypeValues>
      </ReferenceValueSets>
      <DistinctParties>
        <DistinctParty FixedRef="1">
          <Profile ID="1" PartySubTypeID="4">
            <Identity ID="10" FixedRef="1" Primary="true" False="false">
              <Alias FixedRef="1" AliasTypeID="1403" Primary="true" LowQuality="false">
                <DocumentedName ID="100" FixedRef="1" DocNameStatusID="1">
                  <DocumentedNamePart><NamePartValue NamePartGroupID="5" ScriptID="215">Test &amp; Co</NamePartValue></DocumentedNamePart>
                </DocumentedName>
              </Alias>
            </Identity>
            <Feature ID="7" FeatureTypeID="999"><FeatureVersion ID="8" /></Feature>
          </Profile>
        </DistinctParty>
    """

    @Test("an empty file, or one of only blank lines and 0x1A")
    func empty() {
        Self.expectError("empty.xml", [], containing: "empty.xml", "empty")
        Self.expectError("blank.csv", Array("\r\n  \n\u{1A}".utf8), containing: "blank.csv", "empty")
    }

    @Test("truncated XML names the element it ends in and the line")
    func truncatedXML() {
        Self.expectError("cut.xml", Array(Self.advancedHead.utf8), containing: "cut.xml:line ", "ends inside <DistinctParties>", "truncated")
        let halfTag = Self.advancedHead + "<DistinctParty FixedRef=\"2"
        Self.expectError("cut2.xml", Array(halfTag.utf8), containing: "cut2.xml", "truncated")
    }

    @Test("mismatched tags are reported with both names")
    func mismatchedTags() {
        let text = Self.advancedHead + "</Profile></DistinctParties></Sanctions>"
        Self.expectError("bad.xml", Array(text.utf8), containing: "bad.xml:line ", "</Profile> found where </DistinctParties> was expected")
    }

    @Test("unknown reference ids are warnings with their place, and the rest loads")
    func unknownReferenceIDs() throws {
        let text = Self.advancedHead + "</DistinctParties></Sanctions>"
        let snapshot = try #require(try Self.load("refs.xml", Array(text.utf8)).first)
        #expect(snapshot.entities.count == 1)
        #expect(snapshot.entities.first?.caption == "Test & Co")
        #expect(snapshot.warnings.contains { $0.message.contains("unknown FeatureTypeID 999") && $0.location?.hasPrefix("line ") == true })
        #expect(snapshot.warnings.contains { $0.message.contains("unknown ScriptID 215") })
    }

    @Test("CSV with broken quoting names the line")
    func brokenQuoting() {
        let csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,\"BROKEN \"QUOTE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        Self.expectError("sdn.csv", Array(csv.utf8), containing: "sdn.csv:line 2", "broken CSV quoting")
        let unterminated = "36,\"AEROCARIBBEAN AIRLINES,-0- ,\"CUBA\"\r\n"
        Self.expectError("sdn.csv", Array(unterminated.utf8), containing: "sdn.csv:line 1")
    }

    @Test("a legacy row with missing columns names the line and the columns expected")
    func shortRow() {
        let csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,\"SHORT\",-0-\r\n"
        Self.expectError("sdn.csv", Array(csv.utf8), containing: "sdn.csv:line 2", "expected 12 columns")
    }

    @Test("the legacy files' trailing 0x1A byte is not an error")
    func trailingSubstitute() throws {
        let csv = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u{1A}"
        let snapshot = try #require(try Self.load("sdn.csv", Array(csv.utf8)).first)
        #expect(snapshot.entities.map(\.caption) == ["AEROCARIBBEAN AIRLINES"])
        #expect(snapshot.entities.first?.schema == .organization)
    }

    @Test("a binary file is refused with the offset of the first non-text byte")
    func binary() {
        var bytes = Array("id,name\n".utf8)
        bytes += [0x00, 0x01, 0xFF, 0xFE]
        Self.expectError("image.png", bytes, containing: "image.png", "byte 8 is not text")
        Self.expectError("latin1.csv", Array("id,name\n1,M".utf8) + [0xFC] + Array("ller\n".utf8), containing: "latin1.csv", "not text")
    }

    @Test("a file of an unknown format says what it starts with and what was expected")
    func unknownFormat() {
        Self.expectError("notes.txt", Array("Dear compliance team,\nplease screen".utf8), containing: "notes.txt", "unknown list format", "Dear compliance team")
        Self.expectError("page.html", Array("<html><body>Not a list</body></html>".utf8), containing: "page.html", "unknown list format")
        Self.expectError("data.json", Array("{\"hello\": 1}\n".utf8), containing: "data.json", "unknown list format")
    }

    @Test("invalid JSON in a FollowTheMoney file names the line")
    func invalidJSONLine() {
        let text = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n{\"id\":\"b\",\"schema\":\n"
        Self.expectError("x.ftm.json", Array(text.utf8), containing: "x.ftm.json:line 2", "invalid JSON")
    }

    @Test("damaged compression: a truncated gzip and a truncated bzip2 download")
    func truncatedCompression() throws {
        let gz = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.bundled("UN_consolidated_2026-02-27.xml.gz")))
        Self.expectError("un.xml.gz", Array(gz.prefix(gz.count / 2)), containing: "un.xml.gz", "gzip", "truncated")
        let bz = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("ofac/advanced/sdn_advanced_2025-03-04.xml.bz2")))
        Self.expectError("sdn.xml.bz2", Array(bz.prefix(100_000)), containing: "sdn.xml.bz2", "bzip2", "truncated")
    }

    @Test("parts of a CSV set without its main file are refused")
    func incompleteSet() throws {
        Self.expectError("alt.csv", Array("27307,41656,\"aka\",\"HIDDEN COBRA\",-0- \r\n".utf8), containing: "alt.csv", "main file (sdn.csv) was not given")
    }

    @Test("a missing file is named")
    func missingFile() {
        #expect(throws: ListError.unreadable(file: "/nonexistent/sdn.xml", reason: "no such file or folder")) {
            _ = try ListLoader.load(paths: ["/nonexistent/sdn.xml"])
        }
    }
}
