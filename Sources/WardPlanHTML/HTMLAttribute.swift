/// An attribute of an element, made through the typed helpers below; its value is escaped when rendered.
struct HTMLAttribute {
    /// The attribute's name.
    let name: StaticString
    /// Its value, as text.
    let value: String

    /// What a header cell heads.
    enum Scope: String {
        case row, col
    }

    static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "class", value: value) }
    static func id(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "id", value: value) }
    static func scope(_ scope: Scope) -> HTMLAttribute { HTMLAttribute(name: "scope", value: scope.rawValue) }
    static func colspan(_ count: Int) -> HTMLAttribute { HTMLAttribute(name: "colspan", value: String(count)) }
    /// The column's heading on a cell, which a table laid out as cards on a phone shows before the value.
    static func dataLabel(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "data-label", value: value) }
    static func href(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "href", value: value) }
    static func lang(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "lang", value: value) }
    static func charset(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "charset", value: value) }
    static func metaName(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "name", value: value) }
    static func content(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "content", value: value) }
    static func labelledBy(_ ids: String...) -> HTMLAttribute {
        HTMLAttribute(name: "aria-labelledby", value: ids.joined(separator: " "))
    }
    static func role(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "role", value: value) }
    static let svgNamespace = HTMLAttribute(name: "xmlns", value: "http://www.w3.org/2000/svg")
    static func x(_ value: Int) -> HTMLAttribute { HTMLAttribute(name: "x", value: String(value)) }
    static func y(_ value: Int) -> HTMLAttribute { HTMLAttribute(name: "y", value: String(value)) }
    /// A width as a length or percentage of the SVG's own width (`57.3%`).
    static func width(_ value: String) -> HTMLAttribute { HTMLAttribute(name: "width", value: value) }
    static func height(_ value: Int) -> HTMLAttribute { HTMLAttribute(name: "height", value: String(value)) }
}
