using Microsoft.AspNetCore.Html;

namespace Beleidsplan.Web.Versions;

/// <summary>
/// A field's differences as HTML: deletions in del, insertions in ins, each announced to screen
/// readers. Text is appended encoded (HtmlContentBuilder.Append), so a version's words are shown and
/// never interpreted; built here rather than in Razor so no template whitespace enters the text.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Inline(FieldDiff field) => Build(field.Segments, s => s.Inline);

    /// <summary>The older version's column: what stayed and what was deleted.</summary>
    public static IHtmlContent Older(FieldDiff field) => Build(field.Segments.Where(s => s.Kind != DiffKind.Inserted), s => s.Older);

    /// <summary>The newer version's column: what stayed and what was inserted.</summary>
    public static IHtmlContent Newer(FieldDiff field) => Build(field.Segments.Where(s => s.Kind != DiffKind.Deleted), s => s.Text);

    private static HtmlContentBuilder Build(IEnumerable<DiffSegment> segments, Func<DiffSegment, string> same)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case DiffKind.Same:
                    html.Append(same(segment));
                    break;
                case DiffKind.Deleted:
                    Mark(html, "del", "verwijderd", segment.Text);
                    break;
                case DiffKind.Inserted:
                    Mark(html, "ins", "toegevoegd", segment.Text);
                    break;
            }
        }

        return html;
    }

    /// <summary>The marked words without the space after them, which stays outside the mark (no underlined gaps).</summary>
    private static void Mark(HtmlContentBuilder html, string tag, string spoken, string text)
    {
        var words = text.TrimEnd();
        if (words.Length == 0)
        {
            html.Append(text); // only leading whitespace changed: nothing to mark
            return;
        }

        html.AppendHtml($"<span class=\"visually-hidden\">[{spoken}: </span><{tag}>").Append(words)
            .AppendHtml($"</{tag}><span class=\"visually-hidden\">]</span>").Append(text[words.Length..]);
    }
}
