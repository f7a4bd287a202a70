using System.Text.RegularExpressions;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Finds quoted text in Markdown regardless of how its lines were wrapped: the content files wrap
/// paragraphs at about 100 characters, and a quote in another file cannot be expected to wrap alike.
/// </summary>
internal static class LooseText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static int Count(string? text, string quote) =>
        text is null || Words(quote).Length == 0 ? 0 : Pattern(quote, false).Count(text);

    /// <summary>
    /// Replaces the one place the quote occurs. Removing text (an empty replacement) also removes the
    /// space or blank line after it, so a dropped sentence or paragraph leaves no gap.
    /// </summary>
    public static string Replace(string text, string quote, string replacement)
    {
        var removing = replacement.Length == 0;
        var result = Pattern(quote, removing).Replace(text, _ => replacement, 1);
        return removing ? result.Trim() : result;
    }

    /// <summary>The text with every run of white space as one space, as a quote is stored.</summary>
    public static string Collapse(string text) => string.Join(' ', Words(text));

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Regex Pattern(string quote, bool withFollowingSpace) =>
        new(string.Join(@"\s+", Words(quote).Select(Regex.Escape)) + (withFollowingSpace ? @"\s*" : ""), RegexOptions.None, Timeout);
}
