using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Importing;

/// <summary>Where a part named by slug sits in a version's content; -1 where a level does not apply.</summary>
internal readonly record struct PartLocation(int Chapter, int Priority, int SubTheme)
{
    public static readonly PartLocation Plan = new(-1, -1, -1);

    public bool IsPlan => Chapter < 0 && Priority < 0;
}

/// <summary>Finds chapters, priorities and sub-themes of a <see cref="PlanSnapshot"/> by their slugs.</summary>
internal static class SnapshotParts
{
    /// <summary>The location of the part, or null with the Dutch reason it cannot be found.</summary>
    public static PartLocation? Locate(PlanSnapshot content, PartReference reference, out string? problem)
    {
        problem = null;
        var named = new[] { reference.Chapter, reference.Priority, reference.SubTheme }.Count(s => s is not null);
        if (named > 1)
        {
            problem = "noem één onderdeel: 'hoofdstuk', 'prioriteit' of 'deelthema'.";
            return null;
        }

        if (reference.Chapter is { } chapter)
        {
            var index = IndexOf(content.Chapters, c => c.Slug == chapter);
            problem = index < 0 ? $"hoofdstuk '{chapter}' bestaat niet in deze versie." : null;
            return index < 0 ? null : new PartLocation(index, -1, -1);
        }

        if (reference.Priority is { } priority)
        {
            var index = IndexOf(content.Priorities, p => p.Slug == priority);
            problem = index < 0 ? $"prioriteit '{priority}' bestaat niet in deze versie." : null;
            return index < 0 ? null : new PartLocation(-1, index, -1);
        }

        return reference.SubTheme is { } subTheme ? LocateSubTheme(content, subTheme, out problem) : PartLocation.Plan;
    }

    /// <summary>The part as a reaction records it: kind, working-copy id and title in this version.</summary>
    public static ReactionPart Describe(PlanSnapshot content, PartLocation at) =>
        at.Chapter >= 0 ? ReactionPart.OfChapter(content.Chapters[at.Chapter].Id, content.Chapters[at.Chapter].Title)
        : at.Priority < 0 ? ReactionPart.WholePlan
        : content.Priorities[at.Priority] is var priority && at.SubTheme < 0 ? ReactionPart.OfPriority(priority.Id, priority.Number, priority.Title)
        : ReactionPart.OfSubTheme(priority.SubThemes[at.SubTheme].Id, priority.Number, priority.Title, priority.SubThemes[at.SubTheme].Title);

    /// <summary>Every text a reader sees in the part: its title, body or sections, goals and activities.</summary>
    public static IEnumerable<string?> Texts(PlanSnapshot content, PartLocation at)
    {
        if (at.Chapter >= 0)
        {
            return [content.Chapters[at.Chapter].Title, content.Chapters[at.Chapter].Body];
        }

        if (at.IsPlan)
        {
            return [content.Title, content.Summary];
        }

        var priority = content.Priorities[at.Priority];
        var subTheme = at.SubTheme < 0 ? null : priority.SubThemes[at.SubTheme];
        var sections = subTheme?.Sections ?? priority.Sections;
        return new[] { subTheme?.Title ?? priority.Title, sections.Introduction, sections.Meaning, sections.Problem, sections.WhyPriority, sections.Ambition, sections.Approach }
            .Concat(priority.Goals.Where(g => g.SubThemeId == subTheme?.Id).Select(g => g.Text))
            .Concat(priority.Activities.Where(a => a.SubThemeId == subTheme?.Id).SelectMany(a => new[] { a.Title, a.Description }));
    }

    private static PartLocation? LocateSubTheme(PlanSnapshot content, string reference, out string? problem)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            problem = $"deelthema '{reference}' heeft niet de vorm 'prioriteit/deelthema'.";
            return null;
        }

        var priority = IndexOf(content.Priorities, p => p.Slug == reference[..slash]);
        var subTheme = priority < 0 ? -1 : IndexOf(content.Priorities[priority].SubThemes, s => s.Slug == reference[(slash + 1)..]);
        problem = subTheme < 0 ? $"deelthema '{reference}' bestaat niet in deze versie." : null;
        return subTheme < 0 ? null : new PartLocation(-1, priority, subTheme);
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
