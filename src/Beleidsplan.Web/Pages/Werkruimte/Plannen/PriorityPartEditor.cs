using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>What goals and activities share: they hang under a priority and optionally one of its sub-themes.</summary>
public interface IPriorityPartInput
{
    int? SubThemeId { get; }
}

public abstract class PriorityPartEditor<T, TInput>(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger log)
    : ContentEditorModel<T, TInput>(db, markdown, log)
    where T : class, IVersioned
    where TInput : class, IPriorityPartInput, new()
{
    [BindProperty(SupportsGet = true, Name = "prioriteit")]
    public int? PriorityId { get; set; }

    public string PriorityTitle { get; private set; } = "";

    public List<SelectListItem> SubThemes { get; private set; } = [];

    /// <summary>Loads the priority (of this plan only) and its sub-themes for the choice; false when it is not in this plan.</summary>
    protected async Task<bool> LoadPriorityAsync(int? priorityId)
    {
        var priority = await Db.Priorities.AsNoTracking().Include(p => p.SubThemes)
            .SingleOrDefaultAsync(p => p.Id == priorityId && p.PlanId == Scope.PlanId);
        if (priority is null)
        {
            return false;
        }

        PriorityId = priority.Id;
        PriorityTitle = priority.Title;
        SubThemes = priority.SubThemes.OrderBy(s => s.Position)
            .Select(s => new SelectListItem(s.Title, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return true;
    }

    protected override async Task OnResolvedAsync() =>
        await LoadPriorityAsync(Db.Entry(Item!).Property<int>(nameof(Goal.PriorityId)).CurrentValue);

    protected int NextPosition(IEnumerable<int> positions) => positions.DefaultIfEmpty(0).Max() + 1;

    protected override Task<bool> ReferencesBelongToPlanAsync(TInput input) =>
        Task.FromResult(input.SubThemeId is not { } id || SubThemes.Any(s => s.Value == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
