using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Logboek;

/// <summary>
/// The security log of the units a beheerder manages: sign-ins, failed sign-ins and every change to
/// users, roles, invitations and organisations, filterable and as .xlsx.
/// </summary>
[Access(Access.UnitAdministrator)]
public class IndexModel(BeleidsplanDbContext db, UserManager<Domain.Accounts.User> users) : PageModel
{
    public static readonly (string Code, string Name)[] ItemTypes =
        AuditText.ItemTypes().Where(t => t.Code is "User" or "Membership" or "Invitation" or "Organisation").ToArray();

    private AuditFilter? filter;

    public AuditFilter Filter => filter ??= AuditFilter.Read(Request.Query);

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var query = Filter.Apply(await UnitEntriesAsync());
        Total = await query.CountAsync();
        Entries = await query.Skip((Filter.Page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetExportAsync() =>
        File(AuditExport.ToXlsx(await Filter.Apply(await UnitEntriesAsync()).ToListAsync(), "Logboek"),
            XlsxWriter.ContentType, $"logboek-{DateTime.UtcNow:yyyyMMdd}.xlsx");

    /// <summary>What happened to the accounts and rights of the managed units; plan content has its own history.</summary>
    private async Task<IQueryable<AuditEntry>> UnitEntriesAsync()
    {
        var units = await db.ManagedUnitIdsAsync(users.GetUserId(User)!);
        var userIds = db.Memberships.Where(m => units.Contains(m.PoliceUnitId)).Select(m => m.UserId);
        string[] accountTypes = ["Membership", "Invitation", "Organisation"];
        return db.AuditEntries.AsNoTracking().Where(a =>
            (a.ItemType == "User" && userIds.Contains(a.ItemKey))
            || (accountTypes.Contains(a.ItemType) && a.PoliceUnitId != null && units.Contains(a.PoliceUnitId.Value)));
    }
}
