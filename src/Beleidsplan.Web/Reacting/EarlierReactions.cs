using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Reacting;

/// <summary>
/// In a follow-up round, what a respondent said about the previous version and what the working group
/// did with it, placed beside the part of the new version it was about (parts keep their working-copy
/// ids across versions). Reactions on parts the new version no longer has are listed apart.
/// </summary>
public sealed class EarlierReactions
{
    private readonly Dictionary<string, List<Reaction>> byPart;

    private EarlierReactions(string previousRound, Dictionary<string, List<Reaction>> byPart, List<Reaction> onRemovedParts) =>
        (PreviousRound, this.byPart, OnRemovedParts) = (previousRound, byPart, onRemovedParts);

    public string PreviousRound { get; }

    public IReadOnlyList<Reaction> OnRemovedParts { get; }

    public bool Any => byPart.Count > 0 || OnRemovedParts.Count > 0;

    public IReadOnlyList<Reaction> On(ReactionPart part) => byPart.GetValueOrDefault(part.Key) ?? [];

    /// <summary>The respondent's reactions in the round before <paramref name="round"/>, found by e-mail address; null when there was none.</summary>
    public static async Task<EarlierReactions?> LoadAsync(BeleidsplanDbContext db, ConsultationRound round, string? email, VersionText text)
    {
        if (round.PreviousRoundId is not { } previousId || string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var address = email.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // string.Equals with a comparison does not translate to SQL; lower() does, on both engines
        var reactions = await db.Reactions.AsNoTracking().Include(r => r.ChangedInVersion)
            .Where(r => r.RoundId == previousId && r.Source != ReactionSource.OpenLink // a typed address proves nothing
                && r.RespondentEmail != null && r.RespondentEmail.ToLower() == address)
            .OrderBy(r => r.Id).ToListAsync();
#pragma warning restore CA1862
        var title = await db.ConsultationRounds.Where(r => r.Id == previousId).Select(r => r.Title).SingleAsync();
        var keys = text.Choices.Select(p => p.Key).ToHashSet();
        return new EarlierReactions(title,
            reactions.Where(r => keys.Contains(r.Part.Key)).GroupBy(r => r.Part.Key).ToDictionary(g => g.Key, g => g.ToList()),
            reactions.Where(r => !keys.Contains(r.Part.Key)).ToList());
    }
}

/// <summary>A list of earlier reactions under a heading of the given level.</summary>
public sealed record EarlierView(IReadOnlyList<Reaction> Reactions, string Title, int HeadingLevel, bool ShowPart = false);
