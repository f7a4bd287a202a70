using System.Net;
using System.Text.Json;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Strength.Publication;

[Collection(PublicationSite.Name)]
public class OpenDataTests(AppFactory app)
{
    private static readonly string[] Columns = ["aspirant", "wijkagent", "overig", "totaal"];

    private async Task<JsonElement> GetAsync()
    {
        await TestFormation.EnsureAsync(app);
        var response = await app.CreateClient().GetAsync("/api/v1/plannen/imv-noord-holland-2024-2027/sterkteverdeling");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static decimal Number(JsonElement fte, string column) => fte.GetProperty(column).GetDecimal();

    /// <summary>Every node's totals are its own FTE plus its parts' totals; returns how many nodes it checked.</summary>
    private static int CheckTotals(JsonElement node)
    {
        node.EnumerateObject().Select(p => p.Name).ShouldBe(["naam", "soort", "pad", "eigen", "totaal", "onderdelen"]);
        var parts = node.GetProperty("onderdelen").EnumerateArray().ToList();
        foreach (var column in Columns)
        {
            Number(node.GetProperty("totaal"), column).ShouldBe(
                Number(node.GetProperty("eigen"), column) + parts.Sum(p => Number(p.GetProperty("totaal"), column)), $"{node.GetProperty("pad")} {column}");
        }

        var total = node.GetProperty("totaal");
        Number(total, "totaal").ShouldBe(Number(total, "aspirant") + Number(total, "wijkagent") + Number(total, "overig"));
        return 1 + parts.Sum(CheckTotals);
    }

    [Fact]
    public async Task The_tree_has_totals_at_every_level_equal_to_the_sum_of_its_parts()
    {
        var json = await GetAsync();

        json.EnumerateObject().Select(p => p.Name).ShouldBe(["plan", "peildatum", "titel", "bron", "eenheid", "wijzigingen", "norm"]);
        json.GetProperty("plan").GetString().ShouldBe("imv-noord-holland-2024-2027");
        json.GetProperty("peildatum").GetString().ShouldBe("2023-10-01");
        var unit = json.GetProperty("eenheid");
        CheckTotals(unit).ShouldBe(7);
        Number(unit.GetProperty("totaal"), "totaal").ShouldBe(2431.50m);
        Number(unit.GetProperty("totaal"), "overig").ShouldBe(2334.25m);
        unit.GetProperty("soort").GetString().ShouldBe("eenheid");
        var alkmaar = unit.GetProperty("onderdelen")[0].GetProperty("onderdelen")[0];
        alkmaar.GetProperty("pad").GetString().ShouldBe("Eenheid Noord-Holland > District Noord-Holland-Noord > Basisteam Alkmaar");
        alkmaar.GetProperty("soort").GetString().ShouldBe("basisteam");
    }

    [Fact]
    public async Task Changes_and_norm_rows_have_the_documented_keys()
    {
        var json = await GetAsync();

        var changes = json.GetProperty("wijzigingen").EnumerateArray().ToList();
        changes.Count.ShouldBe(3);
        changes[0].EnumerateObject().Select(p => p.Name).ShouldBe(
            ["pad", "functie", "schaal", "categorie", "fte", "ingangsdatum", "voorlopig", "reden", "besluit", "besluitdatum"]);
        changes[0].GetProperty("categorie").GetString().ShouldBe("wijkagent");
        changes[0].GetProperty("ingangsdatum").ValueKind.ShouldBe(JsonValueKind.Null);
        changes.Sum(c => c.GetProperty("fte").GetDecimal()).ShouldBe(65m);
        var norm = json.GetProperty("norm");
        norm.EnumerateObject().Select(p => p.Name).ShouldBe(["eenheid", "districten", "basisteams"]);
        norm.GetProperty("districten").GetArrayLength().ShouldBe(3);
        norm.GetProperty("basisteams").GetArrayLength().ShouldBe(10);
        var unit = norm.GetProperty("eenheid");
        unit.EnumerateObject().Select(p => p.Name).ShouldBe(["naam", "inwoners", "inwonersPeildatum", "norm", "wijkagenten", "status", "tekort", "toelichting"]);
        unit.GetProperty("status").GetString().ShouldBe("onbekend");
        unit.GetProperty("inwoners").ValueKind.ShouldBe(JsonValueKind.Null);
        unit.GetProperty("wijkagenten").GetDecimal().ShouldBe(75m);
        norm.GetProperty("basisteams").EnumerateArray().Select(b => b.GetProperty("status").GetString()).ShouldAllBe(s => s == "voldoet" || s == "tekort" || s == "onbekend");
    }
}
