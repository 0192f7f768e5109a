namespace Ouroboros.Analytics.Reports;

/// <summary>The report's inline stylesheet: system fonts only (works offline), dark text on light, tabular numbers.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { --fg:#1f2328; --muted:#656d76; --line:#d0d7de; --bg:#f6f8fa; --card:#ffffff; --pos:#1a7f37; --neg:#cf222e; --accent:#0969da; }
        * { box-sizing: border-box; }
        body { margin:0; background:var(--bg); color:var(--fg); font:14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width:1180px; margin:0 auto; padding:24px 20px 48px; }
        h1 { font-size:22px; margin:0 0 4px; }
        h2 { font-size:16px; margin:28px 0 10px; padding-bottom:6px; border-bottom:1px solid var(--line); }
        .muted { color:var(--muted); }
        .num, td.num, th.num { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-variant-numeric: tabular-nums; text-align:right; white-space:nowrap; }
        .pos { color:var(--pos); } .neg { color:var(--neg); }
        header .meta { color:var(--muted); margin:2px 0; }
        .params { display:flex; flex-wrap:wrap; gap:6px; margin-top:8px; }
        .chip { background:var(--card); border:1px solid var(--line); border-radius:12px; padding:1px 10px; font-family:ui-monospace, Menlo, Consolas, monospace; font-size:12px; }
        .banner { margin:14px 0 4px; padding:10px 14px; border-radius:6px; font-weight:600; }
        .banner.risk-off { background:#ffebe9; border:2px solid var(--neg); color:#82071e; font-size:18px; letter-spacing:.3px; }
        .banner.risk-on { background:#dafbe1; border:1px solid #4ac26b; color:#116329; }
        .cards { display:grid; grid-template-columns:repeat(auto-fill, minmax(150px, 1fr)); gap:10px; margin-top:16px; }
        .card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:10px 12px; }
        .card .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.4px; }
        .card .value { font-size:20px; font-weight:600; text-align:left; }
        .panel { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:8px; }
        svg.chart { width:100%; height:auto; display:block; }
        svg .grid { stroke:#eaeef2; stroke-width:1; }
        svg .frame { fill:none; stroke:var(--line); }
        svg .zero { stroke:#8c959f; stroke-width:1; }
        svg text { font:11px ui-monospace, Menlo, Consolas, monospace; fill:var(--muted); }
        svg .ylab { text-anchor:end; dominant-baseline:middle; }
        svg .xlab { text-anchor:middle; }
        svg .legend { fill:var(--fg); font-family:-apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size:12px; }
        svg .marker { stroke:#ffffff; stroke-width:.8; }
        table { border-collapse:collapse; width:100%; background:var(--card); border:1px solid var(--line); border-radius:8px; }
        th, td { padding:5px 9px; border-bottom:1px solid #eaeef2; text-align:left; }
        th { background:#f6f8fa; font-weight:600; font-size:12px; color:var(--muted); position:sticky; top:0; }
        tbody tr:hover { background:#f6f8fa; }
        .two-col { display:grid; grid-template-columns:1fr 1fr; gap:16px; }
        @media (max-width: 800px) { .two-col { grid-template-columns:1fr; } }
        .scroll { max-height:560px; overflow:auto; border-radius:8px; }
        table.heat td { text-align:center; min-width:58px; }
        table.heat td.total { font-weight:700; border-left:2px solid var(--line); }
        .note { color:var(--muted); font-size:12px; margin:6px 2px; }
        footer { margin-top:36px; color:var(--muted); font-size:12px; }
        """;
}
