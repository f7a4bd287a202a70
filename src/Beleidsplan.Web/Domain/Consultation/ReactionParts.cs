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
        // Titles as the parts themselves carry them (a reaction stores the plain title too).
        var titles = snapshot.Chapters.Select(c => (Key: new ReactionPart(PartKind.Chapter, c.Id, "").Key, c.Title))
            .Concat(snapshot.Priorities.Select(p => (new ReactionPart(PartKind.Priority, p.Id, "").Key, p.Title)))
            .Concat(snapshot.Priorities.SelectMany(p => p.SubThemes).Select(s => (new ReactionPart(PartKind.SubTheme, s.Id, "").Key, s.Title)))
            .DistinctBy(t => t.Key).ToDictionary(t => t.Key, t => t.Title);
        var parts = Web.Versions.VersionParts.Of(snapshot).Select(p => p.Key).Select(key => key.Kind switch
        {
            Web.Versions.PartKind.Cover => ReactionPart.WholePlan,
            Web.Versions.PartKind.Chapter => Part(PartKind.Chapter, key.Id, titles),
            Web.Versions.PartKind.Priority => Part(PartKind.Priority, key.Id, titles),
            Web.Versions.PartKind.SubTheme => Part(PartKind.SubTheme, key.Id, titles),
        });
        return new ReactionParts([.. parts]);
    }

    public static ReactionParts Of(PlanVersion version) => Of(version.Content());

    /// <summary>The part's place in the reading order; parts the version lacks come after all others.</summary>
    public int Position(ReactionPart part) => positions.TryGetValue(part.Key, out var position) ? position : int.MaxValue;

    public ReactionPart? Find(string? key) =>
        key is not null && positions.TryGetValue(key, out var position) ? All[position] : null;

    /// <summary>How a part is named in lists: its kind and title, or just "Het hele plan".</summary>
    public static string Label(ReactionPart part) => part.Kind switch
    {
        PartKind.WholePlan => part.Title,
        PartKind.Chapter or PartKind.Priority or PartKind.SubTheme => $"{part.Kind.ToDutch()}: {part.Title}",
    };

    /// <summary>The anchor of a part on a version's page (the version pages use the same); the whole plan is the page itself.</summary>
    public static string Anchor(ReactionPart part) => part.Kind == PartKind.WholePlan ? "" : $"#{part.Key}";

    private static ReactionPart Part(PartKind kind, int id, Dictionary<string, string> titles)
    {
        var part = new ReactionPart(kind, id, "");
        return part with { Title = titles.GetValueOrDefault(part.Key, "") };
    }
}
