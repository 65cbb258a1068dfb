/// The style sheet of every page: readable on a phone, printable on A4, contrast of at least 4.5:1.
enum HTMLStyle {
    static let sheet: StaticString = """
        body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem;color:#1a1a1a;background:#ffffff;line-height:1.75;\
        font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Yu Gothic","Meiryo",sans-serif}
        h1{font-size:1.6rem;line-height:1.4;border-bottom:3px solid #1f4e79;padding-bottom:.3rem}
        h2{font-size:1.35rem;color:#1f4e79;border-left:6px solid #1f4e79;padding-left:.6rem;margin-top:2.2rem}
        h3{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #767676}
        h4{font-size:1rem;margin:1.2rem 0 .3rem}
        p,li,dd{overflow-wrap:anywhere}
        .meta{color:#3d3d3d;margin:.2rem 0}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
        caption{text-align:left;font-weight:bold;padding:.3rem 0}
        th,td{border:1px solid #767676;padding:.4rem .6rem;vertical-align:top;text-align:left}
        thead th{background:#e6edf5;word-break:keep-all;overflow-wrap:break-word}
        tfoot th,tfoot td{background:#f2f2f2;font-weight:bold}
        .id{white-space:nowrap}
        .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        thead th.num{white-space:normal}
        table.index{width:auto}
        table.index th,table.index td{word-break:keep-all;overflow-wrap:break-word}
        .gregorian{display:inline-block;font-size:.875rem}
        .note{display:block;font-size:.875rem;font-weight:normal;color:#3d3d3d}
        .unfilled{color:#595959}
        .subtotal,.total{text-align:right;font-weight:bold}
        dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
        dl.fields dt{font-weight:bold}
        dl.fields dd{margin:0;white-space:pre-line}
        figure{margin:1rem 0}
        svg.chart{display:block;width:100%;max-width:48rem}
        svg.chart rect{fill:#1f4e79}
        svg.chart text{fill:#1a1a1a;font-size:14px}
        a{color:#0b57d0}
        del{color:#8b0000;background:#fde8e8;text-decoration:line-through}
        ins{color:#00573f;background:#e3f4e8;text-decoration:underline}
        table.comparison td.text{width:34%;white-space:pre-wrap;overflow-wrap:anywhere}
        table.comparison tbody th{min-width:10rem}
        table.comparison th .change{display:block;font-weight:normal;color:#3d3d3d}
        @media (max-width:40rem){body{padding:.6rem}h1{font-size:1.3rem}dl.fields{grid-template-columns:1fr}\
        th,td{padding:.3rem .4rem}\
        table.cards,table.cards caption,table.cards tbody,table.cards tfoot,table.cards tr,table.cards th,table.cards td{display:block}\
        table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}\
        table.cards tr{border:1px solid #767676;margin:0 0 .6rem}\
        table.cards th,table.cards td{border:0;border-top:1px solid #c4c4c4}\
        table.cards tr>:first-child{border-top:0}\
        table.cards [data-label]{display:grid;grid-template-columns:7em minmax(0,1fr);gap:.5rem}\
        table.cards [data-label]::before{content:attr(data-label);font-weight:bold;word-break:keep-all}\
        table.cards .num{text-align:left}\
        table.cards tfoot tr{display:flex}\
        table.cards tfoot [data-label]{display:block;flex:1;border-top:0;text-align:right}\
        table.cards tfoot [data-label]::before{content:none}\
        table.index th,table.index td{padding:.3rem}}
        @media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10.5pt}\
        .table-wrap{overflow:visible}thead{display:table-header-group}tr,li,figure{break-inside:avoid}\
        h2,h3,h4{break-after:avoid}a{color:inherit;text-decoration:none}}
        """
}
