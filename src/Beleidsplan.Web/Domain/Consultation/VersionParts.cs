using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// The parts a reaction can be about, in the reading order of one version: the whole plan, the
/// chapters as a tree, and the priorities with their sub-themes where the chapter of the priorities
/// stands (at the end when there is none). The register, the summary and the reactienota follow it.
/// </summary>
public sealed class VersionParts
{
    private readonly Dictionary<string, int> positions;

    private VersionParts(List<ReactionPart> parts)
    {
        All = parts;
        positions = parts.Select((p, i) => (p.Key, i)).DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.i);
    }

    public IReadOnlyList<ReactionPart> All { get; }

    public static VersionParts Of(PlanSnapshot snapshot)
    {
        var parts = new List<ReactionPart> { ReactionPart.WholePlan };
        var priorities = snapshot.Priorities.OrderBy(p => p.Position).SelectMany(p =>
            new[] { new ReactionPart(PartKind.Priority, p.Id, p.Title) }
                .Concat(p.SubThemes.OrderBy(s => s.Position).Select(s => new ReactionPart(PartKind.SubTheme, s.Id, s.Title)))).ToList();
        var children = snapshot.Chapters.ToLookup(c => c.ParentId);
        var placed = false;

        void Add(int? parent)
        {
            foreach (var chapter in children[parent].OrderBy(c => c.Position))
            {
                parts.Add(new ReactionPart(PartKind.Chapter, chapter.Id, chapter.Title));
                Add(chapter.Id);
                if (chapter.Kind == ChapterKind.Priorities && !placed)
                {
                    parts.AddRange(priorities);
                    placed = true;
                }
            }
        }

        Add(null);
        if (!placed)
        {
            parts.AddRange(priorities);
        }

        return new VersionParts(parts);
    }

    public static VersionParts Of(PlanVersion version) => Of(version.Content());

    /// <summary>The part's place in the reading order; parts the version lacks come after all others.</summary>
    public int Position(ReactionPart part) => positions.TryGetValue(part.Key, out var position) ? position : int.MaxValue;

    public ReactionPart? Find(string? key) =>
        key is not null && positions.TryGetValue(key, out var position) ? All[position] : null;

    public bool Contains(ReactionPart part) => positions.ContainsKey(part.Key);

    /// <summary>How a part is named in lists: its kind and title, or just "Het hele plan".</summary>
    public static string Label(ReactionPart part) => part.Kind switch
    {
        PartKind.WholePlan => part.Title,
        PartKind.Chapter or PartKind.Priority or PartKind.SubTheme => $"{part.Kind.ToDutch()}: {part.Title}",
    };

    /// <summary>The anchor of a part on a version's page; the whole plan is the page itself.</summary>
    public static string Anchor(ReactionPart part) => part.Kind == PartKind.WholePlan ? "" : $"#{part.Key}";
}
