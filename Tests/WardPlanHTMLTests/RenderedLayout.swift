import Foundation
import TestSupport

/// What headless Chromium measures in a rendered page: the page's width, every table cell, the budget columns
/// of tables laid out as tables, the wrappers around tables, and the chart's labels in CSS pixels.
///
/// The page is copied with a small script added, and shown in an `<iframe>` of the width asked for (a
/// headless window is at least 500 px wide, a frame can be narrower); the script posts what it measured
/// to the outer page, whose DOM Chromium dumps.
struct RenderedLayout: Decodable {
    struct Cell: Decodable {
        let text: String
        let width: Double
        let fontSize: Double
        /// The table's `display`: `table`, or `block` when laid out as cards.
        let layout: String
        /// How many lines its text takes.
        let lines: Int
        /// Whether it is a ward's name in the index.
        let wardName: Bool
    }

    struct Column: Decodable {
        let heading: String
        let width: Double
        let tableWidth: Double
    }

    struct Wrapper: Decodable {
        let scrollWidth: Double
        let clientWidth: Double
    }

    struct Label: Decodable {
        let text: String
        /// The font size as drawn, after any scaling of the SVG.
        let size: Double
    }

    let viewport: Double
    let scrollWidth: Double
    let cells: [Cell]
    let budgetColumns: [Column]
    let wrappers: [Wrapper]
    let labels: [Label]

    /// Renders `page` at `width` CSS pixels and measures it.
    static func measure(_ page: URL, width: Int) throws -> RenderedLayout {
        let browser = try ExternalTools.program("chromium", "chromium-browser")
        let folder = page.deletingLastPathComponent()
        let copy = folder.appendingPathComponent(".measured-\(width)-" + page.lastPathComponent)
        let html = try String(contentsOf: page, encoding: .utf8)
        try html.replacingOccurrences(of: "</body>", with: "<script>\(script)</script></body>").write(to: copy, atomically: true, encoding: .utf8)
        let frame = folder.appendingPathComponent(".frame-\(width).html")
        try """
            <!DOCTYPE html><html><body style="margin:0"><iframe src="\(copy.absoluteString)" width="\(width)" height="2000" \
            style="border:0"></iframe><pre id="layout-facts"></pre><script>addEventListener('message', function (event) {
            document.getElementById('layout-facts').textContent = event.data; });</script></body></html>
            """.write(to: frame, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,2100",
            "--virtual-time-budget=5000", "--dump-dom", frame.absoluteString,
        ])
        guard result.status == 0 else { throw MeasurementFailure(message: "chromium exited \(result.status): \(result.errors)") }
        let dom = result.text
        guard let start = dom.range(of: "<pre id=\"layout-facts\">")?.upperBound,
              let end = dom[start...].range(of: "</pre>")?.lowerBound,
              let json = Data(base64Encoded: String(dom[start..<end]))
        else { throw MeasurementFailure(message: "chromium dumped no layout facts for \(page.path): \(result.errors)") }
        return try JSONDecoder().decode(RenderedLayout.self, from: json)
    }

    /// Chromium ran but the page's measurements did not come back.
    struct MeasurementFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Measures once the page has loaded; posts the facts as base64 of UTF-8 JSON (no escaping in the DOM dump).
    private static let script = """
        addEventListener('load', function () {
          var facts = {viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
                       cells: [], budgetColumns: [], wrappers: [], labels: []};
          document.querySelectorAll('table').forEach(function (table) {
            var tableWidth = table.getBoundingClientRect().width;
            var layout = getComputedStyle(table).display;
            table.querySelectorAll('th, td').forEach(function (cell) {
              var head = cell.closest('thead');
              if (head && getComputedStyle(head).position === 'absolute') return;
              var range = document.createRange();
              range.selectNodeContents(cell);
              var lines = {};
              Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) lines[Math.round(r.bottom)] = true; });
              facts.cells.push({text: cell.textContent.trim().slice(0, 40), width: cell.getBoundingClientRect().width,
                                fontSize: parseFloat(getComputedStyle(cell).fontSize), layout: layout,
                                lines: Object.keys(lines).length, wardName: table.classList.contains('index') && cell.matches('tbody th')});
            });
            if (layout === 'table') table.querySelectorAll('thead th').forEach(function (th) {
              if (th.textContent.indexOf('予算額') === 0)
                facts.budgetColumns.push({heading: th.textContent, width: th.getBoundingClientRect().width, tableWidth: tableWidth});
            });
          });
          document.querySelectorAll('.table-wrap').forEach(function (wrap) {
            facts.wrappers.push({scrollWidth: wrap.scrollWidth, clientWidth: wrap.clientWidth});
          });
          document.querySelectorAll('svg text').forEach(function (text) {
            facts.labels.push({text: text.textContent, size: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a});
          });
          parent.postMessage(btoa(unescape(encodeURIComponent(JSON.stringify(facts)))), '*');
        });
        """
}
