using Beleidsplan.Tests.Infrastructure;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class DemoDecisionTests(AppFactory app)
{
    [Fact]
    public async Task The_demo_IMV_Noord_Holland_has_its_history_from_concept_to_in_force_adopted_by_the_RBOP_on_9_November_2023()
    {
        var json = await JsonAsync(app, "imv-noord-holland-2024-2027");

        json.GetProperty("status").GetString().ShouldBe("van-kracht");
        json.GetProperty("vastgesteldOp").GetString().ShouldBe("2023-11-09");
        var decisions = json.GetProperty("besluiten").EnumerateArray()
            .Select(d => (d.GetProperty("soort").GetString(), d.GetProperty("datum").GetString(), d.GetProperty("versie").ValueKind == System.Text.Json.JsonValueKind.Null ? 0 : d.GetProperty("versie").GetInt32()))
            .ToList();
        decisions.ShouldBe([("concept", "2023-06-15", 1), ("ontwerp", "2023-08-15", 2), ("vaststelling", "2023-11-09", 3), ("inwerkingtreding", "2024-01-01", 0)]);
        json.GetProperty("besluiten")[2].GetProperty("orgaan").GetString().ShouldBe("Regionaal Bestuurlijk Overleg Politie");
        json.GetProperty("besluiten")[0].GetProperty("reden").GetString()!.ShouldStartWith("Demovoorbeeld:");
        var (_, history) = await app.GetPageAsync("/plannen/imv-noord-holland-2024-2027/besluiten");
        history.QuerySelectorAll("table.decisions-table tbody tr").Length.ShouldBe(4);
        history.QuerySelector("h1")!.TextContent.ShouldBe("Besluiten over het plan");
    }
}
