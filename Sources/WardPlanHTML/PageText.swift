import WardPlan

/// What a page can hold: HTML makes controls (other than white space) and noncharacters parse errors,
/// even as character references. A plan holding one is refused before its page is written, naming the
/// field and the character — never rendered into an invalid page, never silently dropped.
enum PageText {
    /// Fails when a text of `plan` holds a character a page cannot hold; `page` names the output.
    static func check(_ plan: OperatingPlan, page: String) throws(WardPlanError) {
        try plan.forEachText { field throws(WardPlanError) in try check(field.text, named: field.name, page: page) }
    }

    /// Fails when `text` (the field `name`) holds a character a page cannot hold; `page` names the output.
    /// The name is made only when there is something to say.
    static func check(_ text: String, named name: @autoclosure () -> String, page: String? = nil) throws(WardPlanError) {
        guard let scalar = ControlCharacters.first(in: text) else { return }
        throw WardPlanError(.unrepresentable, .controlCharacter(in: name(), code: ControlCharacters.code(scalar), inPage: true), path: page)
    }
}
