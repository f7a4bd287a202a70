using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Publication;

/// <summary>
/// A stacked bar chart of FTE per district and category, laid out on the server so the SVG needs no
/// script or inline style (CSP). The district table beside it is its text alternative.
/// </summary>
public sealed class StrengthChart
{
    public const int LabelWidth = 260;
    public const int BarArea = 420;
    public const int RowHeight = 34;
    public const int BarHeight = 22;
    public const int LegendHeight = 30;

    public sealed record Segment(FteColumn Category, decimal Fte, string X, string Width);

    public sealed record Bar(string Name, string Y, string TextY, IReadOnlyList<Segment> Segments, decimal Total, string TotalX);

    public StrengthChart(IEnumerable<(string Name, Fte Fte)> rows)
    {
        var list = rows.ToList();
        var max = list.Count == 0 ? 0m : list.Max(r => r.Fte.Total);
        Bars = list.Select((row, i) =>
        {
            var x = 0m;
            var segments = new List<Segment>();
            foreach (var category in FteColumnText.Categories)
            {
                var width = max == 0m ? 0m : row.Fte[category] / max * BarArea;
                segments.Add(new Segment(category, row.Fte[category], N(LabelWidth + x), N(width)));
                x += width;
            }

            var y = LegendHeight + i * RowHeight;
            return new Bar(row.Name, N(y), N(y + BarHeight - 6), segments, row.Fte.Total, N(LabelWidth + x + 6));
        }).ToList();
    }

    public IReadOnlyList<Bar> Bars { get; }

    public int Width => LabelWidth + BarArea + 90;

    public int Height => LegendHeight + Bars.Count * RowHeight;

    /// <summary>
    /// The SVG, built here rather than in Razor (which reads &lt;text&gt; as its own tag). Its name is the
    /// title; aria-describedby points at the table with the same figures.
    /// </summary>
    public string ToSvg(string describedBy)
    {
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"grafiek-titel\" aria-describedby=\"{html.Encode(describedBy)}\" viewBox=\"0 0 {Width} {Height}\" class=\"strength-chart__svg\" focusable=\"false\">");
        svg.Append("<title id=\"grafiek-titel\">Formatie in fte per district en categorie (aspirant, wijkagent, overig)</title>");
        foreach (var (category, i) in FteColumnText.Categories.Select((c, i) => (c, i)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + i * 120}\" y=\"4\" width=\"14\" height=\"14\" class=\"strength-chart__bar--{category.ToCode()}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + i * 120 + 20}\" y=\"16\" class=\"strength-chart__legend\">{category.ToDutch()}</text>");
        }

        foreach (var bar in Bars)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{bar.TextY}\" class=\"strength-chart__label\">{html.Encode(bar.Name)}</text>");
            foreach (var segment in bar.Segments.Where(x => x.Fte > 0))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{segment.X}\" y=\"{bar.Y}\" width=\"{segment.Width}\" height=\"{BarHeight}\" class=\"strength-chart__bar--{segment.Category.ToCode()}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{html.Encode(bar.Name)}, {segment.Category.ToDutch()}: {DutchNumber.Fte(segment.Fte)} fte</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{bar.TotalX}\" y=\"{bar.TextY}\" class=\"strength-chart__total\">{DutchNumber.Fte(bar.Total)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string N(decimal value) => decimal.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
