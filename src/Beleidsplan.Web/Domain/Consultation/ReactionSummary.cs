namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// Counts of a round's reactions per part of the version, by kind and by handling (e.g. how many ask
/// to change which priority, and how many of those are still open), with the totals.
/// </summary>
public sealed class ReactionSummary
{
    public static readonly IReadOnlyList<ReactionKind> Kinds = Enum.GetValues<ReactionKind>();

    /// <summary>Every handling, and last the reactions that have none yet.</summary>
    public static readonly IReadOnlyList<HandlingStatus?> Statuses = [.. Enum.GetValues<HandlingStatus>().Select(s => (HandlingStatus?)s), null];

    private ReactionSummary(IReadOnlyList<SummaryRow> rows, SummaryRow total) => (Rows, Total) = (rows, total);

    /// <summary>One row per part that has reactions, in the version's reading order.</summary>
    public IReadOnlyList<SummaryRow> Rows { get; }

    public SummaryRow Total { get; }

    public static ReactionSummary Of(IEnumerable<Reaction> reactions, ReactionParts parts)
    {
        var list = reactions.ToList();
        var rows = list.GroupBy(r => r.Part.Key)
            .Select(g => Row(parts.Find(g.Key) ?? g.First().Part, g))
            .OrderBy(r => parts.Position(r.Part)).ThenBy(r => r.Part.Title, StringComparer.CurrentCulture)
            .ToList();
        return new ReactionSummary(rows, Row(ReactionPart.WholePlan with { Title = "Totaal" }, list));
    }

    private static SummaryRow Row(ReactionPart part, IEnumerable<Reaction> reactions)
    {
        var list = reactions.ToList();
        return new SummaryRow(part,
            [.. Kinds.Select(k => list.Count(r => r.Kind == k))],
            [.. Statuses.Select(s => list.Count(r => r.Handling == s))],
            list.Count);
    }
}

/// <summary>Counts aligned with <see cref="ReactionSummary.Kinds"/> and <see cref="ReactionSummary.Statuses"/>.</summary>
public sealed record SummaryRow(ReactionPart Part, IReadOnlyList<int> ByKind, IReadOnlyList<int> ByStatus, int Total);
