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
        var seen = new HashSet<string>();
        var inFence = false;

        foreach (var line in body.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence; // a "## " inside a code block is code, not a heading
            }
            else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                assign(Join(current));
                current = [];
                var heading = line[3..].Trim();
                var target = TargetFor(sections, heading);
                if (target is not null && !seen.Add(target.Value.Section))
                {
                    errors.Add(file, $"kop '## {heading}' is het tweede kopje voor '{target.Value.Section}'; voeg de teksten samen onder één kop.");
                }

                assign = target?.Assign ?? (_ => errors.Add(file,
                    $"onbekende kop '## {heading}'; gebruik Inleiding, Wat verstaan…, Wat is het probleem?, Waarom…, Wat willen we bereiken? of Wat gaan we doen?"));
                continue;
            }

            current.Add(line);
        }

        assign(Join(current));
        return sections;
    }

    /// <summary>The section a heading opens, named as users know it, and how its text is stored.</summary>
    private static (string Section, Action<string?> Assign)? TargetFor(ThemeSections s, string heading)
    {
        bool StartsWith(string prefix) => heading.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        return StartsWith("Inleiding") ? ("Inleiding", t => s.Introduction = Append(s.Introduction, t))
            : StartsWith("Wat verstaan") ? ("Wat verstaan we onder…?", t => s.Meaning = t)
            : StartsWith("Wat is het probleem") ? ("Wat is het probleem?", t => s.Problem = t)
            : StartsWith("Waarom") ? ("Waarom een regionale prioriteit?", t => s.WhyPriority = t)
            : StartsWith("Wat willen") ? ("Wat willen we bereiken?", t => s.Ambition = t)
            : StartsWith("Wat gaan") ? ("Wat gaan we doen?", t => s.Approach = t)
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
