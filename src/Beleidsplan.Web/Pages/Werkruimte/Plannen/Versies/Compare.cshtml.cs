using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Versions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>The versions to choose from and the current choice, with a message at each choice that cannot be compared.</summary>
public sealed record CompareChoice(string Slug, IReadOnlyList<(int Number, string Label)> Versions, int? From, int? To,
    string? FromError = null, string? ToError = null);

/// <summary>
/// Two versions side by side: per part what was added, removed or changed, word by word. Any two can
/// be chosen; the older is always compared with the newer, so "added" means added later.
/// </summary>
[Access(Access.PlanMember)]
public class CompareModel(BeleidsplanDbContext db) : PageModel
{
    public sealed record Side(int Number, string Label, DateOnly Date);

    [BindProperty(SupportsGet = true, Name = "van")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "met")]
    public string? To { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public CompareChoice Choice { get; private set; } = null!;

    public Side? Older { get; private set; }

    public Side? Newer { get; private set; }

    public VersionComparison? Result { get; private set; }

    public async Task OnGetAsync()
    {
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == Scope.PlanId).OrderByDescending(v => v.Number)
            .Select(v => new Side(v.Number, v.Label, v.Date)).ToListAsync();
        var (from, fromError) = Parse(From, versions);
        var (to, toError) = Parse(To, versions);
        if (from is not null && from == to)
        {
            toError = "Kies twee verschillende versies.";
        }

        Choice = new CompareChoice(Scope.Slug, versions.Select(v => (v.Number, v.Label)).ToList(), from, to, fromError, toError);
        if (from is null || to is null || fromError is not null || toError is not null)
        {
            return;
        }

        var (older, newer) = from < to ? (from.Value, to.Value) : (to.Value, from.Value);
        var snapshots = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == Scope.PlanId && (v.Number == older || v.Number == newer))
            .Select(v => new { v.Number, v.Snapshot }).ToDictionaryAsync(v => v.Number, v => v.Snapshot);
        Older = versions.Single(v => v.Number == older);
        Newer = versions.Single(v => v.Number == newer);
        Result = VersionComparison.Compare(PlanSnapshot.FromJson(snapshots[older]), PlanSnapshot.FromJson(snapshots[newer]));
    }

    private static (int? Number, string? Error) Parse(string? value, List<Side> versions)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, "Kies een versie.");
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (null, "Kies een versie uit de lijst; geef het nummer van de versie.");
        }

        return versions.Any(v => v.Number == number) ? (number, null) : (number, $"Versie {number} bestaat niet bij dit plan.");
    }
}
