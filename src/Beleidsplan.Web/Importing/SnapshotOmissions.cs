using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Importing;

/// <summary>Leaves a part out of a version's content: it was not written yet when that version was made.</summary>
internal static class SnapshotOmissions
{
    public static PlanSnapshot Omit(PlanSnapshot s, PartLocation at, EditEntry edit, out string? problem)
    {
        problem = null;
        if (at.Chapter >= 0)
        {
            // A chapter goes with its sub-chapters: they cannot hang under a chapter that is not there.
            var gone = new HashSet<int> { s.Chapters[at.Chapter].Id };
            foreach (var chapter in s.Chapters.Where(c => c.ParentId is { } parent && gone.Contains(parent)))
            {
                gone.Add(chapter.Id);
            }

            var chapters = s.Chapters.Where((c, i) => i != at.Chapter && !gone.Contains(c.Id));
            return s with { Chapters = [.. chapters.Select((c, i) => c with { Position = i + 1 })] };
        }

        var p = s.Priorities[at.Priority];
        if (edit.Goal is not null || edit.Activity is not null)
        {
            var sub = at.SubTheme < 0 ? null : p.SubThemes[at.SubTheme];
            var goal = edit.Goal is { } g ? Lists.NthOf(p.Goals, x => x.SubThemeId == sub?.Id, g, "doel", out problem) : -1;
            var activity = edit.Activity is { } a && problem is null ? Lists.NthOf(p.Activities, x => x.SubThemeId == sub?.Id, a, "activiteit", out problem) : -1;
            var changed = p with
            {
                Goals = [.. p.Goals.Where((_, i) => i != goal)],
                Activities = [.. p.Activities.Where((_, i) => i != activity)],
            };
            return problem is null ? s with { Priorities = Lists.Replace(s.Priorities, at.Priority, changed) } : s;
        }

        if (at.SubTheme >= 0)
        {
            var id = p.SubThemes[at.SubTheme].Id;
            var changed = p with
            {
                SubThemes = [.. p.SubThemes.Where((_, i) => i != at.SubTheme).Select((x, i) => x with { Position = i + 1 })],
                Goals = [.. p.Goals.Where(x => x.SubThemeId != id)],
                Activities = [.. p.Activities.Where(x => x.SubThemeId != id)],
            };
            return s with { Priorities = Lists.Replace(s.Priorities, at.Priority, changed) };
        }

        return s with
        {
            Priorities = [.. s.Priorities.Where((_, i) => i != at.Priority).Select((x, i) => x with { Position = i + 1 })],
            Relations = [.. s.Relations.Where(r => r.FromPriorityId != p.Id && r.ToPriorityId != p.Id)],
        };
    }
}

internal static class Lists
{
    public static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, int index, T item) =>
        [.. items.Select((x, i) => i == index ? item : x)];

    /// <summary>The list index of the n-th (1 = first) item that matches, or -1 with a Dutch problem.</summary>
    public static int NthOf<T>(IReadOnlyList<T> items, Func<T, bool> match, int n, string what, out string? problem)
    {
        var indexes = items.Select((x, i) => (x, i)).Where(p => match(p.x)).Select(p => p.i).ToList();
        problem = n >= 1 && n <= indexes.Count ? null : $"{what} {n} bestaat niet; dit onderdeel heeft er {indexes.Count} in deze versie.";
        return problem is null ? indexes[n - 1] : -1;
    }
}
