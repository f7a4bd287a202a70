using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Importing;

/// <summary>Splits a theme's Markdown body at its level-2 headings into the plan's five sections.</summary>
public static class ThemeSectionParser
{
    public static ThemeSections Parse(string body, string file, ImportErrors errors)
    {
        var sections = new ThemeSections();
        var current = new List<string>();
        Action<string?> assign = text => sections.Introduction = text;

        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                assign(Join(current));
                current = [];
                var heading = line[3..].Trim();
                assign = TargetFor(sections, heading) ?? (_ => errors.Add(file,
                    $"onbekende kop '## {heading}'; gebruik Inleiding, Wat verstaan…, Wat is het probleem?, Waarom…, Wat willen we bereiken? of Wat gaan we doen?"));
                continue;
            }

            current.Add(line);
        }

        assign(Join(current));
        return sections;
    }

    private static Action<string?>? TargetFor(ThemeSections s, string heading)
    {
        bool StartsWith(string prefix) => heading.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        return StartsWith("Inleiding") ? t => s.Introduction = Append(s.Introduction, t)
            : StartsWith("Wat verstaan") ? t => s.Meaning = t
            : StartsWith("Wat is het probleem") ? t => s.Problem = t
            : StartsWith("Waarom") ? t => s.WhyPriority = t
            : StartsWith("Wat willen") ? t => s.Ambition = t
            : StartsWith("Wat gaan") ? t => s.Approach = t
            : null;
    }

    private static string? Append(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}\n\n{second}";

    private static string? Join(List<string> lines)
    {
        var text = string.Join('\n', lines).Trim();
        return text.Length == 0 ? null : text;
    }
}
