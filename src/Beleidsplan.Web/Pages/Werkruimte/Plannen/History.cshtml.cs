using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>The plan's history from the audit trail, filterable by item, action, person and period; as .xlsx too.</summary>
[Access(Access.PlanHistory)]
public class HistoryModel(BeleidsplanDbContext db) : PageModel
{
    private AuditFilter? filter;

    public AuditFilter Filter => filter ??= AuditFilter.Read(Request.Query);

    public PlanScope Scope => HttpContext.PlanScope();

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var query = Filter.Apply(PlanEntries());
        Total = await query.CountAsync();
        Entries = await query.Skip((Filter.Page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetExportAsync() =>
        File(AuditExport.ToXlsx(await Filter.Apply(PlanEntries()).ToListAsync(), "Geschiedenis"),
            XlsxWriter.ContentType, $"geschiedenis-{Scope.Slug}-{DateTime.UtcNow:yyyyMMdd}.xlsx");

    private IQueryable<AuditEntry> PlanEntries() => db.AuditEntries.AsNoTracking().Where(a => a.PlanId == Scope.PlanId);
}
