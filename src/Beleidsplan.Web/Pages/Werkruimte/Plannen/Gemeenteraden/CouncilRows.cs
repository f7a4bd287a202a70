using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Councils;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Gemeenteraden;

/// <summary>One municipality of the plan's unit with its district, basisteam and hearing (none before the draft was sent).</summary>
public sealed record CouncilRow(string CbsCode, string Name, string? District, string? BasicTeam, CouncilHearing? Hearing, CouncilStatus Status)
{
    public bool IsSent => Hearing is not null;
}

/// <summary>The councils' round of a plan and the hearing of every municipality of its unit, in the order of the unit.</summary>
public sealed record CouncilTable(ConsultationRound? Round, List<CouncilRow> Rows)
{
    public int Heard => Rows.Count(r => r.Status is CouncilStatus.Heard or CouncilStatus.HeardLate);

    public int Late => Rows.Count(r => r.Status == CouncilStatus.HeardLate);

    public int Pending => Rows.Count(r => r.Status == CouncilStatus.Pending);

    public int Overdue => Rows.Count(r => r.Status == CouncilStatus.Overdue);

    public string HeardText => $"{Heard} van {Rows.Count} gehoord";

    /// <summary>The counts of a district or basisteam, e.g. "2 van 3 gehoord · 0 nog niet gehoord · 1 termijn verstreken".</summary>
    public static string CountsText(IEnumerable<CouncilRow> rows)
    {
        var part = new CouncilTable(null, rows.ToList());
        return $"{part.HeardText} · {part.Pending} nog niet gehoord · {part.Overdue} termijn verstreken";
    }

    /// <summary>The round the draft went to the councils in: the first one made for that purpose.</summary>
    public static Task<ConsultationRound?> RoundAsync(BeleidsplanDbContext db, int planId) =>
        db.ConsultationRounds.AsNoTracking().Include(r => r.PlanVersion)
            .Where(r => r.PlanId == planId && r.Purpose == RoundPurpose.CouncilHearing).OrderBy(r => r.Id).FirstOrDefaultAsync();

    public static async Task<CouncilTable> LoadAsync(BeleidsplanDbContext db, int planId, int unitId, DateOnly today)
    {
        var round = await RoundAsync(db, planId);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.PoliceUnitId == unitId)
            .Select(m => new
            {
                m.Id,
                m.CbsCode,
                m.Name,
                District = m.BasicTeam == null ? null : m.BasicTeam.District!.Name,
                DistrictPosition = m.BasicTeam == null ? int.MaxValue : m.BasicTeam.District!.Position,
                BasicTeam = m.BasicTeam == null ? null : m.BasicTeam.Name,
                TeamPosition = m.BasicTeam == null ? int.MaxValue : m.BasicTeam.Position,
            })
            .ToListAsync();
        var hearings = await db.CouncilHearings.AsNoTracking().Include(h => h.DecisionDocument)
            .Where(h => h.PlanId == planId).ToDictionaryAsync(h => h.MunicipalityId);
        var rows = municipalities
            .OrderBy(m => m.DistrictPosition).ThenBy(m => m.TeamPosition).ThenBy(m => m.Name, StringComparer.Create(Publishing.DutchTime.Culture, false))
            .Select(m =>
            {
                var hearing = hearings.GetValueOrDefault(m.Id);
                var status = hearing?.StatusOn(round?.Deadline, today) ?? CouncilStatus.Pending;
                return new CouncilRow(m.CbsCode, m.Name, m.District, m.BasicTeam, hearing, status);
            })
            .ToList();
        return new CouncilTable(round, rows);
    }
}
