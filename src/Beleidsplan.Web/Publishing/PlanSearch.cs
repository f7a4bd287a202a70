using System.Globalization;
using System.Net;
using System.Text;
using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Publishing;

public record SearchHit(string Title, string Url, string SnippetHtml);

/// <summary>
/// Searches one plan's text in memory: a plan is a few hundred kilobytes at most, so this is
/// simpler and faster than a full-text index, and it ignores case and accents the same on SQLite and PostgreSQL.
/// </summary>
public class PlanSearch(MarkdownRenderer markdown)
{
    public const int MaxQueryLength = 200;
    private const int SnippetRadius = 90;
    private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("nl-NL").CompareInfo;
    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>The terms of a query, or a Dutch message saying why it cannot be searched.</summary>
    public static (IReadOnlyList<string> Terms, string? Error) Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return ([], "Vul een zoekterm in.");
        }

        if (query.Length > MaxQueryLength)
        {
            return ([], $"De zoekterm is te lang: gebruik ten hoogste {MaxQueryLength} tekens.");
        }

        var cleaned = new string(query.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray());
        var terms = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim('"', '\'', '*', '?', '(', ')')).Where(t => t.Length > 0).Distinct().Take(10).ToList();
        if (terms.Count == 0 || terms.Sum(t => t.Length) < 2)
        {
            return ([], "Gebruik een zoekterm van ten minste twee letters of cijfers.");
        }

        return (terms, null);
    }

    public IReadOnlyList<SearchHit> Search(Plan plan, IReadOnlyList<string> terms) =>
        Documents(plan)
            .Select(d => (d.Title, d.Url, Text: d.Text, Score: Score(d.Title + " " + d.Text, terms)))
            .Where(d => d.Score > 0)
            .OrderByDescending(d => d.Score)
            .Select(d => new SearchHit(d.Title, d.Url, Snippet(d.Text, terms)))
            .ToList();

    private IEnumerable<(string Title, string Url, string Text)> Documents(Plan plan)
    {
        yield return ("Voorpagina", Urls.Plan(plan.Slug), markdown.ToPlainText(plan.Summary));
        foreach (var chapter in plan.Chapters)
        {
            yield return (chapter.Title, Urls.Chapter(plan.Slug, chapter.Slug), markdown.ToPlainText(chapter.Body));
        }

        foreach (var priority in plan.Priorities)
        {
            yield return ($"Prioriteit {priority.Number}: {priority.Title}", Urls.Priority(plan.Slug, priority.Slug),
                ThemeText(priority.Sections, priority.Goals.Where(g => g.SubThemeId is null), priority.Activities.Where(a => a.SubThemeId is null)));
            foreach (var subTheme in priority.SubThemes)
            {
                yield return (subTheme.Title, Urls.SubTheme(plan.Slug, priority.Slug, subTheme.Slug),
                    ThemeText(subTheme.Sections, priority.Goals.Where(g => g.SubThemeId == subTheme.Id), priority.Activities.Where(a => a.SubThemeId == subTheme.Id)));
            }
        }
    }

    private string ThemeText(ThemeSections s, IEnumerable<Goal> goals, IEnumerable<Activity> activities) =>
        string.Join("\n", new[] { s.Introduction, s.Meaning, s.Problem, s.WhyPriority, s.Ambition, s.Approach }
            .Select(markdown.ToPlainText)
            .Concat(goals.Select(g => g.Text))
            .Concat(activities.Select(a => $"{a.Title}. {markdown.ToPlainText(a.Description)}"))
            .Where(t => t.Length > 0));

    private static int Score(string text, IReadOnlyList<string> terms)
    {
        var counts = terms.Select(t => Count(text, t)).ToList();
        return counts.Any(c => c == 0) ? 0 : counts.Sum();
    }

    private static int Count(string text, string term)
    {
        var count = 0;
        for (var i = Compare.IndexOf(text, term, Options); i >= 0 && count < 1000;
             i = i + 1 < text.Length ? Compare.IndexOf(text, term, i + 1, Options) : -1)
        {
            count++;
        }

        return count;
    }

    private static string Snippet(string text, IReadOnlyList<string> terms)
    {
        text = text.Replace('\n', ' ');
        var first = terms.Select(t => Compare.IndexOf(text, t, Options)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - SnippetRadius);
        var end = Math.Min(text.Length, first + SnippetRadius * 2);
        var window = text[start..end];
        var html = new StringBuilder(start > 0 ? "… " : "");
        var position = 0;
        while (position < window.Length)
        {
            var (index, length) = FirstMatch(window, position, terms);
            if (index < 0 || length == 0)
            {
                html.Append(WebUtility.HtmlEncode(window[position..]));
                break;
            }

            html.Append(WebUtility.HtmlEncode(window[position..index]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(window.Substring(index, length))).Append("</mark>");
            position = index + length;
        }

        return html.Append(end < text.Length ? " …" : "").ToString();
    }

    private static (int Index, int Length) FirstMatch(string text, int from, IReadOnlyList<string> terms)
    {
        var best = (Index: -1, Length: 0);
        foreach (var term in terms)
        {
            var relative = Compare.IndexOf(text.AsSpan(from), term, Options, out var length);
            if (relative >= 0 && (best.Index < 0 || from + relative < best.Index))
            {
                best = (from + relative, length);
            }
        }

        return best;
    }
}
