using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Exports;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>One respondent's reactions over the plan's rounds, each with its number in its round and its handling.</summary>
public sealed record RespondentOverview(Respondent Respondent, IReadOnlyList<RespondentRound> Rounds, IReadOnlyDictionary<int, VersionRef> Versions)
{
    /// <summary>The respondent's reactions among <paramref name="reactions"/> (all of the plan), grouped by round.</summary>
    public static async Task<RespondentOverview?> LoadAsync(BeleidsplanDbContext db, int planId, IQueryable<Reaction> reactions)
    {
        var mine = await reactions.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Id).ToListAsync();
        if (mine.Count == 0)
        {
            return null;
        }

        var roundIds = mine.Select(r => r.RoundId).Distinct().ToList();
        var rounds = await db.ConsultationRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id))
            .OrderBy(r => r.OpensOn).ThenBy(r => r.Id).ToListAsync();
        var order = (await db.Reactions.Where(r => roundIds.Contains(r.RoundId)).OrderBy(r => r.Id).Select(r => new { r.Id, r.RoundId }).ToListAsync())
            .GroupBy(r => r.RoundId).SelectMany(g => g.Select((r, i) => (r.Id, Number: i + 1))).ToDictionary(r => r.Id, r => r.Number);
        var versions = await db.VersionRefsAsync(planId);
        var byRound = mine.ToLookup(r => r.RoundId);
        return new RespondentOverview(Respondent.Of(mine),
            [.. rounds.Select(round => new RespondentRound(round, versions[round.PlanVersionId], [.. byRound[round.Id].Select(r => new NumberedReaction(order[r.Id], r))]))],
            versions);
    }
}

public sealed record RespondentRound(ConsultationRound Round, VersionRef Version, IReadOnlyList<NumberedReaction> Reactions);

/// <summary>Someone who reacted, as the register groups them (see <see cref="RespondentKey"/>).</summary>
public sealed record Respondent(string Key, string Name, string? Organisation, string? Email, IReadOnlyList<int> ReactionIds, int Rounds, int Unhandled)
{
    public string Code => RespondentKey.Code(Key);

    /// <summary>The respondent of these reactions (one key), named as in their latest reaction.</summary>
    public static Respondent Of(IReadOnlyCollection<Reaction> reactions)
    {
        var latest = reactions.MaxBy(r => r.Id)!;
        return new Respondent(RespondentKey.Of(latest), latest.RespondentName, reactions.Select(r => r.OrganisationName).LastOrDefault(o => o is not null),
            latest.RespondentEmail, [.. reactions.Select(r => r.Id)], reactions.Select(r => r.RoundId).Distinct().Count(), reactions.Count(r => r.Handling is null));
    }

    /// <summary>Everyone who reacted to the plan; only the fields that name them are read, not the texts.</summary>
    public static async Task<List<Respondent>> AllAsync(BeleidsplanDbContext db, int planId) =>
        [.. (await db.Reactions.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Id)
            .Select(r => new Reaction
            {
                Id = r.Id, RoundId = r.RoundId, RespondentName = r.RespondentName, RespondentEmail = r.RespondentEmail,
                OrganisationName = r.OrganisationName, Handling = r.Handling, Source = r.Source, Text = "",
            }).ToListAsync())
            .GroupBy(RespondentKey.Of).Select(g => Of([.. g]))
            .OrderBy(r => r.Organisation ?? r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
}

/// <summary>The shared respondent view; <see cref="Slug"/> is null on the public page, which links to nothing in the workspace.</summary>
public sealed record RespondentReactionsView(RespondentOverview Overview, string? Slug);
