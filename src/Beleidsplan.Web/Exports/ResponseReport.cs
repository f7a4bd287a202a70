using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Exports;

/// <summary>
/// What the reactienota shows, loaded once: the rounds with their reactions and the labels of the
/// versions the handling points to. The page, the PDF and the workbook all read this; none of them
/// touch the database.
/// </summary>
public sealed record ResponseReport(string PlanTitle, IReadOnlyList<ReportRound> Rounds, IReadOnlyDictionary<int, VersionRef> Versions)
{
    public VersionRef? VersionOf(Reaction reaction) =>
        reaction.ChangedInVersionId is { } id ? Versions.GetValueOrDefault(id) : null;
}

/// <summary>A version by number and label, without its content.</summary>
public sealed record VersionRef(int Id, int Number, string Label);

/// <summary>
/// One round: its reactions in the reactienota's order (by part in reading order, then by number).
/// </summary>
public sealed record ReportRound(ConsultationRound Round, VersionRef Version, ReactionParts Parts, IReadOnlyList<NumberedReaction> Reactions)
{
    public ReactionSummary Summary() => ReactionSummary.Of(Reactions.Select(r => r.Reaction), Parts);

    /// <summary>The reactions grouped by the part they are about, in reading order.</summary>
    public IEnumerable<IGrouping<string, NumberedReaction>> ByPart() => Reactions.GroupBy(r => r.Reaction.Part.Key);

    public static IReadOnlyList<NumberedReaction> InReadingOrder(IEnumerable<NumberedReaction> reactions, ReactionParts parts) =>
        [.. reactions.OrderBy(r => parts.Position(r.Reaction.Part)).ThenBy(r => r.Reaction.PartTitle, StringComparer.Ordinal).ThenBy(r => r.Number)];
}

/// <summary>A reaction with its number in the round (1, 2, 3 ... in the order received).</summary>
public sealed record NumberedReaction(int Number, Reaction Reaction);
