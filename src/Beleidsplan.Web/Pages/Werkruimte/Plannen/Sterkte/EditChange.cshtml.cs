using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>A redacteur adds, edits or deletes a planned change of the strength: where, which function, how many FTE, why and by which decision.</summary>
[Access(Access.PlanEditor)]
public class EditChangeModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditChangeModel> log)
    : ContentEditorModel<PlannedStrengthChange, ChangeInput>(db, markdown, log)
{
    /// <summary>The plan formation's node paths, in pre-order; empty when the plan has no formation.</summary>
    public List<string> Paths { get; private set; } = [];

    /// <summary>Sent by the delete form only, so a post without it never deletes.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public string? DeleteNote { get; private set; }

    protected override IQueryable<PlannedStrengthChange> Items => Db.PlannedStrengthChanges;

    protected override async Task<PlannedStrengthChange?> NewItemAsync()
    {
        await OnResolvedAsync();
        if (Request.Method == HttpMethods.Get)
        {
            Input.CreationKey = Guid.NewGuid();
            Input.Category = FteColumn.Overig.ToCode();
        }

        var position = await Db.PlannedStrengthChanges.Where(c => c.PlanId == Scope.PlanId).MaxAsync(c => (int?)c.Position) ?? -1;
        return new PlannedStrengthChange { PlanId = Scope.PlanId, Position = position + 1, NodePath = "", Reason = "", Decision = "", CreationKey = Input.CreationKey };
    }

    protected override async Task<PlannedStrengthChange?> AlreadyCreatedAsync(ChangeInput input) => input.CreationKey is not { } key ? null
        : await Db.PlannedStrengthChanges.AsNoTracking().SingleOrDefaultAsync(c => c.PlanId == Scope.PlanId && c.CreationKey == key);

    protected override async Task OnResolvedAsync()
    {
        if (await FormationQueries.LoadOfPlanAsync(Db, Scope.PlanId) is { } formation)
        {
            var tree = new FormationTree(formation.Nodes);
            Paths = tree.Nodes.Select(tree.PathOf).ToList();
        }
    }

    protected override Task ValidateAsync(ChangeInput input)
    {
        var allowed = Paths.ToHashSet(StringComparer.Ordinal);
        if (Item is { Id: > 0 } existing && allowed.Count > 0)
        {
            allowed.Add(existing.NodePath); // a new part made earlier stays choosable for its own change
        }

        input.Validate(ModelState, allowed);
        return Task.CompletedTask;
    }

    protected override ChangeInput ToInput(PlannedStrengthChange item) => ChangeInput.From(item);

    protected override void Apply(ChangeInput input, PlannedStrengthChange item) => input.ApplyTo(item);

    protected override string EditUrl(PlannedStrengthChange item) => StrengthUrls.Change(Scope.Slug, item.Id);

    public async Task<IActionResult> OnPostDeleteAsync(string? id)
    {
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || await Db.PlannedStrengthChanges.SingleOrDefaultAsync(c => c.Id == number) is not { } change)
        {
            return NotFound();
        }

        if (change.PlanId != Scope.PlanId)
        {
            return Forbid();
        }

        if (!ConfirmDelete || change.Version != Version)
        {
            await OnGetAsync(id);
            DeleteNote = ConfirmDelete
                ? "Deze wijziging is intussen door iemand anders gewijzigd; bekijk hem opnieuw voordat u hem verwijdert."
                : "Bevestig het verwijderen met de knop 'Verwijderen'.";
            return Page();
        }

        Db.Entry(change).Property(c => c.Version).OriginalValue = Version;
        Db.PlannedStrengthChanges.Remove(change);
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await OnGetAsync(id);
            DeleteNote = "Deze wijziging is intussen door iemand anders gewijzigd of verwijderd; bekijk hem opnieuw voordat u hem verwijdert.";
            return Page();
        }

        return Redirect(StrengthUrls.Changes(Scope.Slug) + "?verwijderd=1");
    }
}
