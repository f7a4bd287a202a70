using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Lifecycle;

/// <summary>The checklist of a plan by slug: on its published version, or on the working copy before there is one.</summary>
public class ChecklistLoader(BeleidsplanDbContext db, PlanQueries queries, TimeProvider clock)
{
    public async Task<IReadOnlyList<ChecklistItem>?> LoadAsync(string slug)
    {
        if (await queries.LoadPublishedAsync(slug) is { } published)
        {
            return await ForAsync(published.Plan, true);
        }

        return await queries.LoadWorkingCopyAsync(slug) is { } copy ? await ForAsync(copy, false) : null;
    }

    /// <summary>The checklist in one line for the plan's workspace home, e.g. "4 voldaan, 1 niet voldaan, 3 onbekend".</summary>
    public async Task<string> SummaryAsync(string slug)
    {
        var items = await LoadAsync(slug) ?? [];
        return string.Join(", ", Enum.GetValues<CheckStatus>().Select(s => (Status: s, Count: items.Count(i => i.Status == s)))
            .Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Status.ToDutch().ToLowerInvariant()}"));
    }

    public async Task<IReadOnlyList<ChecklistItem>> ForAsync(Plan content, bool published) =>
        (await LegalChecklist.LoadAsync(db, content, published, DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime))).Items();
}
