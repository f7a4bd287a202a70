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

    public async Task<IReadOnlyList<ChecklistItem>> ForAsync(Plan content, bool published) =>
        (await LegalChecklist.LoadAsync(db, content, published, DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime))).Items();
}
