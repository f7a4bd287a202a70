using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// The parts a reaction can be about, in the reading order of one version (the order the version
/// pages read and compare in, <see cref="Web.Versions.VersionParts"/>): the whole plan, the chapters
/// as a tree with the priorities and their sub-themes where the chapter of the priorities stands.
/// The register, the summary and the reactienota follow it.
/// </summary>
public sealed class ReactionParts
{
    private readonly Dictionary<string, int> positions;

    private ReactionParts(List<ReactionPart> parts)
    {
        All = parts;
        positions = parts.Select((p, i) => (p.Key, i)).DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.i);
    }

    public IReadOnlyList<ReactionPart> All { get; }

    public static ReactionParts Of(PlanSnapshot snapshot)
    {
        // Named as a reaction stores its part (ReactionPart.Of...), so stored and fresh parts read alike.
        var named = snapshot.Chapters.Select(c => ReactionPart.OfChapter(c.Id, c.Title))
            .Concat(snapshot.Priorities.Select(p => ReactionPart.OfPriority(p.Id, p.Number, p.Title)))
            .Concat(snapshot.Priorities.SelectMany(p => p.SubThemes.Select(s => ReactionPart.OfSubTheme(s.Id, p.Number, p.Title, s.Title))))
            .DistinctBy(t => t.Key).ToDictionary(t => t.Key);
        var parts = Web.Versions.VersionParts.Of(snapshot).Select(p => p.Key).Select(key => key.Kind switch
        {
            Web.Versions.PartKind.Cover => ReactionPart.WholePlan,
            Web.Versions.PartKind.Chapter => Part(PartKind.Chapter, key.Id, named),
            Web.Versions.PartKind.Priority => Part(PartKind.Priority, key.Id, named),
            Web.Versions.PartKind.SubTheme => Part(PartKind.SubTheme, key.Id, named),
        });
        return new ReactionParts([.. parts]);
    }

    public static ReactionParts Of(PlanVersion version) => Of(version.Content());

    /// <summary>The part's place in the reading order; parts the version lacks come after all others.</summary>
    public int Position(ReactionPart part) => positions.TryGetValue(part.Key, out var position) ? position : int.MaxValue;

    public ReactionPart? Find(string? key) =>
        key is not null && positions.TryGetValue(key, out var position) ? All[position] : null;

    /// <summary>How a part is named in lists: as the reaction stored it (see <see cref="ReactionPart.OfChapter"/>).</summary>
    public static string Label(ReactionPart part) => part.Title;

    /// <summary>The anchor of a part on a version's page (the version pages use the same); the whole plan is the page itself.</summary>
    public static string Anchor(ReactionPart part) => part.Kind == PartKind.WholePlan ? "" : $"#{part.Key}";

    private static ReactionPart Part(PartKind kind, int id, Dictionary<string, ReactionPart> named)
    {
        var part = new ReactionPart(kind, id, "");
        return named.GetValueOrDefault(part.Key, part);
    }
}
