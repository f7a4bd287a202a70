using System.Globalization;
using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Publishing;

/// <summary>The five sections of a theme, with its goals under "what we want to achieve" and its
/// activities under "what we will do", at a given heading level.</summary>
public record ThemeSectionsView(
    ThemeSections Sections,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Activity> Activities,
    int HeadingLevel = 2,
    string IdPrefix = "")
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public IEnumerable<(string Id, string Title, string? Text)> TextSections()
    {
        var s = Sections;
        return new (string, string, string?)[]
        {
            ("betekenis", "Wat verstaan we eronder?", s.Meaning),
            ("probleem", "Wat is het probleem?", s.Problem),
            ("waarom", "Waarom een regionale prioriteit?", s.WhyPriority),
            ("bereiken", "Wat willen we bereiken?", s.Ambition),
            ("doen", "Wat gaan we doen?", s.Approach),
        }.Where(x => x.Item3 is not null
            || (x.Item1 == "bereiken" && Goals.Count > 0)
            || (x.Item1 == "doen" && Activities.Count > 0));
    }

    public string? TargetText(Goal goal)
    {
        var parts = new List<string>();
        if (goal.TargetValue is { } value)
        {
            var target = $"Streefwaarde: {value.ToString("0.##", Dutch)}";
            target += goal.TargetUnit is null ? "" : $" {goal.TargetUnit}";
            target += goal.TargetYear is null ? "" : $" ({goal.TargetYear})";
            parts.Add(target);
        }

        if (goal.Indicator is not null)
        {
            parts.Add($"Indicator: {goal.Indicator}");
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
