using System.Globalization;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Versions;

public enum PartKind
{
    Cover,
    Chapter,
    Priority,
    SubTheme,
}

/// <summary>A part of a plan, named by the working copy's id so it can be followed from version to version.</summary>
public sealed record PartKey(PartKind Kind, int Id)
{
    /// <summary>The anchor of the part on a version's page and on the comparison (other pages link to these).</summary>
    public string Anchor => Kind switch
    {
        PartKind.Cover => "voorpagina",
        PartKind.Chapter => $"hoofdstuk-{Id}",
        PartKind.Priority => $"prioriteit-{Id}",
        PartKind.SubTheme => $"deelthema-{Id}",
    };
}

public static class PartKindText
{
    public static string ToDutch(this PartKind kind) => kind switch
    {
        PartKind.Cover => "Voorpagina",
        PartKind.Chapter => "Hoofdstuk",
        PartKind.Priority => "Prioriteit",
        PartKind.SubTheme => "Deelthema",
    };
}

/// <summary>One part of a version: where it stands in the reading order and its texts, labelled.</summary>
public sealed record PartContent(PartKey Key, string Title, int Level, IReadOnlyList<(string Label, string? Text)> Fields);

/// <summary>
/// A version's parts in reading order, as the public site reads them (<see cref="Publishing.PlanNavigation"/>):
/// the chapters as a tree, the priorities with their sub-themes where the chapter of kind Priorities stands
/// (or at the end when there is none).
/// </summary>
public static class VersionParts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<PartContent> Of(PlanSnapshot plan)
    {
        var parts = new List<PartContent>
        {
            new(new PartKey(PartKind.Cover, 0), "Voorpagina", 0,
                [("Titel", plan.Title), ("Korte naam", plan.ShortName), ("Periode", Period(plan)), ("Samenvatting", plan.Summary)]),
        };
        var children = plan.Chapters.ToLookup(c => c.ParentId);
        foreach (var chapter in children[null].OrderBy(c => c.Position))
        {
            AddChapter(parts, plan, children, chapter, 0);
        }

        if (!plan.Chapters.Any(c => c.Kind == ChapterKind.Priorities))
        {
            AddPriorities(parts, plan, 0);
        }

        return parts;
    }

    private static void AddChapter(List<PartContent> parts, PlanSnapshot plan, ILookup<int?, ChapterSnapshot> children, ChapterSnapshot chapter, int level)
    {
        parts.Add(new(new PartKey(PartKind.Chapter, chapter.Id), chapter.Title, level,
            [("Titel", chapter.Title), ("Soort", chapter.Kind.ToDutch()), ("Tekst", chapter.Body)]));
        if (chapter.Kind == ChapterKind.Priorities)
        {
            AddPriorities(parts, plan, level + 1);
        }

        foreach (var child in children[chapter.Id].OrderBy(c => c.Position))
        {
            AddChapter(parts, plan, children, child, level + 1);
        }
    }

    private static void AddPriorities(List<PartContent> parts, PlanSnapshot plan, int level)
    {
        foreach (var priority in plan.Priorities.OrderBy(p => p.Position))
        {
            var lva = string.Join("\n", priority.Lva.Select(l => l.Name));
            parts.Add(new(new PartKey(PartKind.Priority, priority.Id), $"Prioriteit {priority.Number}: {priority.Title}", level,
                [("Titel", priority.Title), .. Sections(priority.Sections), ("Landelijke Veiligheidsagenda", lva),
                 .. Lists(priority, null)]));
            foreach (var subTheme in priority.SubThemes.OrderBy(s => s.Position))
            {
                parts.Add(new(new PartKey(PartKind.SubTheme, subTheme.Id), subTheme.Title, level + 1,
                    [("Titel", subTheme.Title), .. Sections(subTheme.Sections), .. Lists(priority, subTheme.Id)]));
            }
        }
    }

    /// <summary>The six sections under the headings the public site gives them.</summary>
    private static IEnumerable<(string, string?)> Sections(SectionsSnapshot s) =>
    [
        ("Inleiding", s.Introduction),
        ("Wat verstaan we eronder?", s.Meaning),
        ("Wat is het probleem?", s.Problem),
        ("Waarom een regionale prioriteit?", s.WhyPriority),
        ("Wat willen we bereiken?", s.Ambition),
        ("Wat gaan we doen?", s.Approach),
    ];

    /// <summary>The goals and activities of a priority itself (null) or of one of its sub-themes, one per paragraph.</summary>
    private static IEnumerable<(string, string?)> Lists(PrioritySnapshot priority, int? subThemeId) =>
    [
        ("Doelen", string.Join("\n\n", priority.Goals.Where(g => g.SubThemeId == subThemeId).OrderBy(g => g.Position).Select(GoalText))),
        ("Activiteiten", string.Join("\n\n", priority.Activities.Where(a => a.SubThemeId == subThemeId).OrderBy(a => a.Position)
            .Select(a => a.Description is null ? $"{a.Kind.ToDutch()}: {a.Title}" : $"{a.Kind.ToDutch()}: {a.Title}\n{a.Description}"))),
    ];

    private static string GoalText(GoalSnapshot g)
    {
        var text = g.Text;
        if (g.TargetValue is { } value)
        {
            text += $"\nStreefwaarde: {value.ToString("0.##", Dutch)}{(g.TargetUnit is null ? "" : " " + g.TargetUnit)}{(g.TargetYear is null ? "" : $" ({g.TargetYear})")}";
        }

        return g.Indicator is null ? text : $"{text}\nIndicator: {g.Indicator}";
    }

    private static string Period(PlanSnapshot plan) =>
        plan.ExtendedToYear is { } extended ? $"{plan.FirstYear}-{plan.LastYear}, verlengd tot en met {extended}" : $"{plan.FirstYear}-{plan.LastYear}";
}
