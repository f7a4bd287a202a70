using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Tests.Publishing;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = renderer.ToHtml("Tekst <script>alert(1)</script> en <b>vet</b>").ToString()!;

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<b>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public void Table_column_alignment_is_a_class_because_the_CSP_forbids_inline_styles()
    {
        var html = renderer.ToHtml("| jaar | aantal |\n| --- | ---: |\n| 2019 | 4.715 |").ToString()!;

        html.ShouldNotContain("style=");
        html.ShouldContain("<td class=\"align-right\">4.715</td>");
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JavaScript:alert(1))")]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klik](vbscript:msgbox)")]
    public void Links_other_than_http_and_mailto_are_removed(string markdown)
    {
        var html = renderer.ToHtml(markdown).ToString()!;

        html.ShouldNotContain("script:", Case.Insensitive);
        html.ShouldNotContain("data:");
        html.ShouldContain("klik");
    }

    [Theory]
    [InlineData("<javascript:alert(document.domain)>")]
    [InlineData("<JaVaScRiPt:alert(1)>")]
    [InlineData("<vbscript:msgbox>")]
    [InlineData("<data:text/html,klik>")]
    public void Autolinks_other_than_http_and_mailto_are_shown_as_text(string markdown)
    {
        var html = renderer.ToHtml(markdown).ToString()!;

        html.ShouldNotContain("href", Case.Insensitive);
        html.ShouldContain("&lt;"); // the text is still there, inert
    }

    [Fact]
    public void Safe_autolinks_stay_links()
    {
        var html = renderer.ToHtml("<https://www.politie.nl> en <info@example.nl>").ToString()!;

        html.ShouldContain("href=\"https://www.politie.nl\"");
        html.ShouldContain("href=\"mailto:info@example.nl\"");
    }

    [Theory]
    [InlineData("[lva](https://open.overheid.nl/documenten)", "https://open.overheid.nl/documenten")]
    [InlineData("[mail](mailto:info@example.nl)", "mailto:info@example.nl")]
    [InlineData("[intern](/plannen/x)", "/plannen/x")]
    public void Http_mailto_and_relative_links_stay(string markdown, string href) =>
        renderer.ToHtml(markdown).ToString()!.ShouldContain($"href=\"{href}\"");

    [Fact]
    public void Headings_are_shifted_under_the_page_heading()
    {
        var html = renderer.ToHtml("# Een\n\n## Twee", topHeadingLevel: 3).ToString()!;

        html.ShouldContain("<h3>Een</h3>");
        html.ShouldContain("<h4>Twee</h4>");
    }

    [Fact]
    public void Tables_scroll_inside_a_focusable_region()
    {
        var html = renderer.ToHtml("| a | b |\n|---|---|\n| 1 | 2 |").ToString()!;

        html.ShouldContain("<div class=\"tabel-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\"><table>");
    }
}
