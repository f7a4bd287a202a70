using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Publication;

/// <summary>
/// A small invented formation of unit Noord-Holland at 2023-10-01 (not the seed's figures), made
/// directly in the database in pre-order, with the plan linked to it and three planned changes. It
/// takes the place of the demo's formation and changes (seed 002), so the expected figures are small
/// enough to follow by hand; the demo's own figures are tested in the import and views tests.
/// </summary>
internal static class TestFormation
{
    public const string Plan = "imv-noord-holland-2024-2027";
    public static readonly DateOnly Date = new(2023, 10, 1);
    private const string TestSource = "Testformatie (verzonnen cijfers)";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<int> EnsureAsync(AppFactory app)
    {
        await Gate.WaitAsync();
        try
        {
            return await app.WithDbAsync(async db =>
            {
                var unit = await db.PoliceUnits.Include(u => u.Districts).ThenInclude(d => d.BasicTeams).SingleAsync(u => u.Slug == "noord-holland");
                var plan = await db.Plans.SingleAsync(p => p.Slug == Plan);
                if (await db.Formations.SingleOrDefaultAsync(f => f.PoliceUnitId == unit.Id && f.ReferenceDate == Date) is { } existing)
                {
                    if (existing.Source == TestSource)
                    {
                        return existing.Id;
                    }

                    plan.StrengthFormationId = null;
                    db.Formations.Remove(existing);
                    db.PlannedStrengthChanges.RemoveRange(db.PlannedStrengthChanges.Where(c => c.PlanId == plan.Id));
                    await db.SaveChangesAsync();
                }

                var nhn = unit.Districts.Single(d => d.Abbreviation == "NHN");
                var ken = unit.Districts.Single(d => d.Abbreviation == "KEN");
                int Team(string name) => unit.Districts.SelectMany(d => d.BasicTeams).Single(b => b.Name == name).Id;
                var formation = new Formation
                {
                    PoliceUnitId = unit.Id,
                    ReferenceDate = Date,
                    Title = "formatie per 1 okt. 2023",
                    Source = TestSource,
                    ImportedAt = DateTimeOffset.UtcNow,
                    ImportedBy = "Test",
                    ImportKey = Guid.NewGuid(),
                    Nodes =
                    [
                        new() { Position = 0, Name = "Eenheid Noord-Holland", Kind = NodeKind.Unit, Overig = 1m },
                        new() { Position = 1, ParentPosition = 0, Name = "District Noord-Holland-Noord", Kind = NodeKind.District, DistrictId = nhn.Id, Overig = 1m },
                        new() { Position = 2, ParentPosition = 1, Name = "Basisteam Alkmaar", Kind = NodeKind.BasicTeam, BasicTeamId = Team("Alkmaar"), Aspirant = 10m, Wijkagent = 30m, Overig = 150.5m },
                        new() { Position = 3, ParentPosition = 1, Name = "Basisteam Den Helder", Kind = NodeKind.BasicTeam, BasicTeamId = Team("Den Helder"), Wijkagent = 5m, Overig = 60m },
                        new() { Position = 4, ParentPosition = 0, Name = "District Kennemerland", Kind = NodeKind.District, DistrictId = ken.Id, Overig = 1m },
                        new() { Position = 5, ParentPosition = 4, Name = "Basisteam Haarlem", Kind = NodeKind.BasicTeam, BasicTeamId = Team("Haarlem"), Aspirant = 12.25m, Wijkagent = 40m, Overig = 2000m },
                        new() { Position = 6, ParentPosition = 0, Name = "Staf regionale eenheid", Kind = NodeKind.Staff, Overig = 120.75m },
                    ],
                };
                db.Formations.Add(formation);
                await db.SaveChangesAsync();
                plan.StrengthFormationId = formation.Id;
                const string hermans = "Motie Hermans: 55 fte voor Noord-Holland";
                db.PlannedStrengthChanges.AddRange(
                    new PlannedStrengthChange { PlanId = plan.Id, Position = 1, NodePath = "Eenheid Noord-Holland > District Noord-Holland-Noord > Basisteam Alkmaar", Function = "Senior GGP Wijkagent", PayScale = 8, Category = FteColumn.Wijkagent, Fte = 40m, Reason = "Versterking", Decision = hermans },
                    new PlannedStrengthChange { PlanId = plan.Id, Position = 2, NodePath = "Eenheid Noord-Holland > District Kennemerland > Basisteam Haarlem", Function = "Generalist GGP", PayScale = 7, Category = FteColumn.Overig, Fte = 15m, Provisional = true, Reason = "Versterking", Decision = hermans },
                    new PlannedStrengthChange { PlanId = plan.Id, Position = 3, NodePath = "Eenheid Noord-Holland > Staf regionale eenheid", Category = FteColumn.Overig, Fte = 10m, EffectiveOn = new DateOnly(2025, 1, 1), Reason = "Operationeel centrum", Decision = "Van Ginkel-gelden voor de Operationele Centra" });
                await db.SaveChangesAsync();
                return formation.Id;
            });
        }
        finally
        {
            Gate.Release();
        }
    }
}
