using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Reacting;

/// <summary>One part of a version's text that people react to: a chapter, a priority or a sub-theme.</summary>
public sealed record TextPart(ReactionPart Part, string Heading, int Level, Chapter? Chapter, ThemeSectionsView? Theme)
{
    /// <summary>
    /// h3 for the top level of the text (the page has h1 and h2 above it), h4 for anything within it,
    /// so a part's sections (one below) and their activities (two below) stay within h6.
    /// </summary>
    public int HeadingLevel => Level == 0 ? 3 : 4;

    public string Anchor => $"deel-{Part.Key}";
}

/// <summary>
/// A frozen version laid out for reacting: its parts in reading order (as the public site reads them),
/// each with the <see cref="ReactionPart"/> a reaction on it is anchored to. Parts are identified by
/// their working-copy ids, so a reaction on the 70% version can be found again in the 85% version.
/// </summary>
public sealed class VersionText
{
    private VersionText(Plan plan, PlanVersion version, IReadOnlyList<TextPart> parts) =>
        (Plan, Version, Parts) = (plan, version, parts);

    public Plan Plan { get; }

    public PlanVersion Version { get; }

    public IReadOnlyList<TextPart> Parts { get; }

    /// <summary>What the part field offers: the whole plan, then every part of this version.</summary>
    public IEnumerable<ReactionPart> Choices => [ReactionPart.WholePlan, .. Parts.Select(p => p.Part)];

    public ReactionPart? Find(string? key) => Choices.FirstOrDefault(p => p.Key == key);

    public static VersionText Of(VersionedPlan versioned)
    {
        var plan = versioned.Plan;
        var parts = new List<TextPart>();
        foreach (var page in new PlanNavigation(plan).Pages.Where(p => p.Kind != PageKind.Cover))
        {
            if (plan.Chapters.FirstOrDefault(c => PlanNavigation.ChapterKey(c) == page.Key) is { } chapter)
            {
                parts.Add(new TextPart(ReactionPart.OfChapter(chapter.Id, chapter.Title), chapter.Title, page.Level, chapter, null));
                continue;
            }

            foreach (var priority in plan.Priorities)
            {
                var priorityTitle = $"Prioriteit {priority.Number}: {priority.Title}";
                if (PlanNavigation.PriorityKey(priority) == page.Key)
                {
                    parts.Add(new TextPart(ReactionPart.OfPriority(priority.Id, priority.Number, priority.Title), priorityTitle, page.Level, null,
                        Theme(priority, null, page.Level)));
                }

                foreach (var subTheme in priority.SubThemes.Where(s => PlanNavigation.SubThemeKey(priority, s) == page.Key))
                {
                    parts.Add(new TextPart(ReactionPart.OfSubTheme(subTheme.Id, priority.Number, priority.Title, subTheme.Title), $"Deelthema: {subTheme.Title}",
                        page.Level, null, Theme(priority, subTheme, page.Level)));
                }
            }
        }

        return new VersionText(plan, versioned.Version, parts);
    }

    /// <summary>The part's sections one heading level below its own title; ids prefixed so parts never share one.</summary>
    private static ThemeSectionsView Theme(Priority priority, SubTheme? subTheme, int level) => new(
        subTheme?.Sections ?? priority.Sections,
        priority.Goals.Where(g => g.SubThemeId == subTheme?.Id).ToList(),
        priority.Activities.Where(a => a.SubThemeId == subTheme?.Id).ToList(),
        level == 0 ? 4 : 5,
        subTheme is null ? $"prioriteit-{priority.Id}-" : $"deelthema-{subTheme.Id}-");
}
