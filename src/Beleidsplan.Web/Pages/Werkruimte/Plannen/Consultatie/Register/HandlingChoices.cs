using System.Globalization;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Exports;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// Where a reaction can have led to a change: the plan's versions after the round's, and their
/// parts. Parts keep their working-copy id from version to version, so one list of parts serves
/// every later version; the chosen part must be in the chosen version.
/// </summary>
public sealed class HandlingChoices
{
    private readonly Dictionary<int, ReactionParts> partsByNumber;

    private HandlingChoices(List<(VersionRef Version, ReactionParts Parts)> later)
    {
        Later = [.. later.Select(v => v.Version)];
        partsByNumber = later.ToDictionary(v => v.Version.Number, v => v.Parts);
        // The newest version's order first, then what only older ones still had.
        Parts = [.. later.AsEnumerable().Reverse().SelectMany(v => v.Parts.All).DistinctBy(p => p.Key)];
    }

    public IReadOnlyList<VersionRef> Later { get; }

    public IReadOnlyList<ReactionPart> Parts { get; }

    public static async Task<HandlingChoices> LoadAsync(BeleidsplanDbContext db, int planId, int afterNumber)
    {
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && v.Number > afterNumber)
            .OrderBy(v => v.Number).ToListAsync();
        return new HandlingChoices([.. versions.Select(v => (new VersionRef(v.Id, v.Number, v.Label), ReactionParts.Of(v)))]);
    }

    public VersionRef? ByNumber(string? number) =>
        Later.FirstOrDefault(v => v.Number.ToString(CultureInfo.InvariantCulture) == number?.Trim());

    public VersionRef? ById(int? id) => Later.FirstOrDefault(v => v.Id == id);

    public ReactionParts PartsOf(VersionRef version) => partsByNumber[version.Number];

    /// <summary>"85%-versie, Prioriteit: Ondermijning", for the conflict view; null without a link.</summary>
    public string? Describe(HandlingInput input) =>
        ByNumber(input.ChangedInVersion) is not { } version ? null
        : PartsOf(version).Find(input.ChangedPart) is { } part ? $"{version.Label}, {ReactionParts.Label(part)}"
        : version.Label;
}
