using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Versions;

public enum PartChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

public static class PartChangeText
{
    public static string ToDutch(this PartChange change) => change switch
    {
        PartChange.Unchanged => "Ongewijzigd",
        PartChange.Changed => "Gewijzigd",
        PartChange.Added => "Toegevoegd",
        PartChange.Removed => "Verwijderd",
    };

    public static string ToCode(this PartChange change) => change switch
    {
        PartChange.Unchanged => "ongewijzigd",
        PartChange.Changed => "gewijzigd",
        PartChange.Added => "toegevoegd",
        PartChange.Removed => "verwijderd",
    };
}

/// <summary>One text of a part with its word-level differences.</summary>
public sealed record FieldDiff(string Label, IReadOnlyList<DiffSegment> Segments);

/// <summary>A part as it changed: its fields that differ (all its texts when added or removed).</summary>
public sealed record PartDiff(PartKey Key, string Title, int Level, PartChange Change, IReadOnlyList<FieldDiff> Fields);

/// <summary>
/// The differences between two versions, part by part. Parts are matched by their working-copy id, so
/// a renamed part is changed, not removed and added. Parts come in the newer version's reading order;
/// a removed part stands after the part it followed in the older version. Pure: no database.
/// </summary>
public sealed class VersionComparison
{
    private VersionComparison(IReadOnlyList<PartDiff> parts) => Parts = parts;

    public IReadOnlyList<PartDiff> Parts { get; }

    public int Count(PartChange change) => Parts.Count(p => p.Change == change);

    public static VersionComparison Compare(PlanSnapshot older, PlanSnapshot newer)
    {
        var before = VersionParts.Of(older);
        var after = VersionParts.Of(newer);
        var oldByKey = before.ToDictionary(p => p.Key);
        var newKeys = after.Select(p => p.Key).ToHashSet();
        var diffs = new List<PartDiff>(before.Count + after.Count);
        var position = new Dictionary<PartKey, int>();
        foreach (var part in after)
        {
            position[part.Key] = diffs.Count;
            diffs.Add(oldByKey.TryGetValue(part.Key, out var old) ? Diff(old, part) : Whole(part, PartChange.Added));
        }

        // Removed parts go after their nearest preceding part in the older order, keeping their own order.
        var inserted = new List<(int After, int Order, PartDiff Diff)>();
        PartKey? previous = null;
        foreach (var (part, order) in before.Select((p, i) => (p, i)))
        {
            if (newKeys.Contains(part.Key))
            {
                previous = part.Key;
                continue;
            }

            inserted.Add((previous is null ? -1 : position[previous], order, Whole(part, PartChange.Removed)));
        }

        var byAfter = inserted.ToLookup(i => i.After, i => i.Diff);
        var result = new List<PartDiff>(diffs.Count + inserted.Count);
        result.AddRange(byAfter[-1]);
        for (var i = 0; i < diffs.Count; i++)
        {
            result.Add(diffs[i]);
            result.AddRange(byAfter[i]);
        }

        return new VersionComparison(result);
    }

    private static PartDiff Diff(PartContent old, PartContent @new)
    {
        var oldFields = old.Fields.ToDictionary(f => f.Label, f => f.Text);
        var fields = @new.Fields
            .Where(f => Normal(oldFields.GetValueOrDefault(f.Label)) != Normal(f.Text))
            .Select(f => new FieldDiff(f.Label, TextDiff.Compare(oldFields.GetValueOrDefault(f.Label), f.Text)))
            .Where(f => f.Segments.Any(s => s.Kind != DiffKind.Same)) // only whitespace moved: no word changed
            .ToList();
        return new PartDiff(@new.Key, @new.Title, @new.Level, fields.Count == 0 ? PartChange.Unchanged : PartChange.Changed, fields);
    }

    private static PartDiff Whole(PartContent part, PartChange change) => new(part.Key, part.Title, part.Level, change,
        part.Fields.Where(f => !string.IsNullOrEmpty(f.Text))
            .Select(f => new FieldDiff(f.Label, [new DiffSegment(change == PartChange.Added ? DiffKind.Inserted : DiffKind.Deleted, f.Text!)]))
            .ToList());

    /// <summary>An empty text and a missing one read the same.</summary>
    private static string Normal(string? text) => text ?? "";
}
