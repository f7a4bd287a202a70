using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>
/// Every municipality of the unit and how far its council is in being heard, by district and basisteam,
/// with the counts the working group reports ("3 van 32 gehoord"). Every member of the plan reads it;
/// who may register an outcome sees the link to do so.
/// </summary>
[Access(Access.PlanMember)]
public class IndexModel(BeleidsplanDbContext db, UserManager<User> users, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "district")]
    public string? District { get; set; }

    [FromQuery(Name = "basisteam")]
    public string? BasicTeam { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public CouncilTable Table { get; private set; } = null!;

    /// <summary>The rows the filter keeps: the counts at the top follow the filter.</summary>
    public CouncilTable Shown { get; private set; } = null!;

    /// <summary>The rows the filter keeps, grouped by district in the unit's order.</summary>
    public List<IGrouping<string, CouncilRow>> Groups { get; private set; } = [];

    public List<string> Districts { get; private set; } = [];

    public List<string> BasicTeams { get; private set; } = [];

    public bool CanSend => Scope.Has(Role.Redacteur);

    /// <summary>The municipality a gemeente user registers for; a redacteur registers for any (null).</summary>
    public HashSet<int>? OwnMunicipalities { get; private set; }

    public HashSet<string> Editable { get; private set; } = [];

    public bool JustSent => Request.Query.ContainsKey("verstuurd");

    public async Task OnGetAsync()
    {
        Table = await CouncilTable.LoadAsync(db, Scope.PlanId, Scope.UnitId, Rounds.Today(clock));
        Districts = Table.Rows.Select(r => r.District).OfType<string>().Distinct().ToList();
        BasicTeams = Table.Rows.Where(r => District is null || r.District == District).Select(r => r.BasicTeam).OfType<string>().Distinct().ToList();
        var rows = Table.Rows.Where(r => (string.IsNullOrEmpty(District) || r.District == District) && (string.IsNullOrEmpty(BasicTeam) || r.BasicTeam == BasicTeam));
        Shown = new CouncilTable(Table.Round, rows.ToList());
        Groups = Shown.Rows.GroupBy(r => r.District ?? "Zonder district").ToList();
        if (CanSend)
        {
            Editable = Table.Rows.Select(r => r.CbsCode).ToHashSet();
        }
        else
        {
            var userId = users.GetUserId(User);
            Editable = (await db.Memberships.Where(m => m.UserId == userId && m.PoliceUnitId == Scope.UnitId && m.Role == Role.Gemeente && m.Municipality != null)
                .Select(m => m.Municipality!.CbsCode).ToListAsync()).ToHashSet();
        }
    }
}
