using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Beleidsplan.Web.Publishing;

/// <summary>
/// Renders the plan's Markdown with raw HTML disabled and only http(s), mailto and relative links,
/// so text from any author cannot inject script. Headings are shifted to fit under the page's own.
/// </summary>
public class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    public IHtmlContent ToHtml(string? markdown, int topHeadingLevel = 2)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurdly deep nesting; the reader still gets the text, just unformatted.
            return new HtmlString($"<p class=\"unformatted\">{System.Net.WebUtility.HtmlEncode(markdown)}</p>");
        }

        ShiftHeadings(document, topHeadingLevel);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
        }

        // Autolinks (<scheme:...>) are their own kind of inline: an unsafe one is shown as plain text.
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsSafe(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
        }

        AlignCellsWithClasses(document);
        var html = document.ToHtml(pipeline);
        // Wide tables scroll inside a focusable region so they stay readable on a phone.
        html = html.Replace("<table>", "<div class=\"tabel-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"><table>", StringComparison.Ordinal)
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
        return new HtmlString(html);
    }

    /// <summary>Plain text of the Markdown, for search and summaries.</summary>
    public string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        try
        {
            return Markdown.ToPlainText(markdown, pipeline).Trim();
        }
        catch (ArgumentException)
        {
            return markdown.Trim(); // too deeply nested to parse: search the raw text
        }
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || AllowedSchemes.Contains(url[..colon].Trim().ToLowerInvariant());
    }

    /// <summary>
    /// Markdig aligns table columns with style attributes, which the Content-Security-Policy
    /// (no inline styles) blocks; a class per cell keeps the alignment.
    /// </summary>
    private static void AlignCellsWithClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                for (var column = 0; column < row.Count && column < table.ColumnDefinitions.Count; column++)
                {
                    if (table.ColumnDefinitions[column].Alignment is { } alignment)
                    {
                        row[column].GetAttributes().AddClass($"align-{alignment.ToString().ToLowerInvariant()}");
                    }
                }
            }

            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }

    private static void ShiftHeadings(MarkdownDocument document, int topLevel)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var shift = topLevel - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 1, 6);
        }
    }
}
