using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Lifecycle;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>The legal checklist of the plan, for everyone who works on it.</summary>
[Access(Access.PlanMember)]
public class LegalCheckModel(ChecklistLoader checklist) : PageModel
{
    public PlanScope Scope => HttpContext.PlanScope();

    public IReadOnlyList<ChecklistItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await checklist.LoadAsync(Scope.Slug) ?? [];
}
