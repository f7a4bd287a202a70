using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Versions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;

/// <summary>A plan's versions, newest first: what each is, which one the public site shows, and the way to compare two.</summary>
[Access(Access.PlanMember)]
public class VersionsModel(BeleidsplanDbContext db) : PageModel
{
    public sealed record Row(int Number, string Label, DateOnly Date, string? Note, string FrozenBy, DateTimeOffset FrozenAt,
        bool IsPublished, DateOnly? AdoptedOn, string? AdoptedBy)
    {
        public VersionStage Stage => AdoptedOn is null ? VersionStage.Concept : VersionStage.Adopted;
    }

    public PlanScope Scope => HttpContext.PlanScope();

    public bool CanEdit => Scope.Has(Role.Redacteur);

    public List<Row> Versions { get; private set; } = [];

    /// <summary>The version just published, to confirm it here.</summary>
    [BindProperty(SupportsGet = true, Name = "gepubliceerd")]
    public int? Published { get; set; }

    public async Task OnGetAsync()
    {
        // The content (Snapshot) is not needed for the list, so it is not read.
        Versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == Scope.PlanId).OrderByDescending(v => v.Number)
            .Select(v => new Row(v.Number, v.Label, v.Date, v.Note, v.FrozenBy, v.FrozenAt, v.IsPublished, v.AdoptedOn, v.AdoptedBy))
            .ToListAsync();
    }
}
