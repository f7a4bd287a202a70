using System.Net;
using System.Text.Json;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.OpenData;

[Collection(DemoSite.Name)]
public class OpenDataTests(AppFactory app)
{
    private async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.CreateClient().GetAsync(url);
        response.StatusCode.ShouldBe(expected);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_plan_list_has_the_three_demo_plans_with_Dutch_field_names()
    {
        var plans = await GetJsonAsync("/api/v1/plannen");

        var slugs = plans.EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ToList();
        slugs.ShouldBe(["imv-noord-holland-2024-2027", "imv-noord-holland-2019-2022", "rbp-noord-nederland-2024-2027"], ignoreOrder: true);
        var imv = plans.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "imv-noord-holland-2024-2027");
        imv.GetProperty("titel").GetString().ShouldNotBeNullOrEmpty();
        imv.GetProperty("eenheid").GetProperty("naam").GetString().ShouldBe("Eenheid Noord-Holland");
        imv.GetProperty("periode").GetProperty("eersteJaar").GetInt32().ShouldBe(2024);
        imv.GetProperty("periode").GetProperty("laatsteJaar").GetInt32().ShouldBe(2027);
        imv.GetProperty("status").GetString().ShouldBe("van-kracht");
        var previous = plans.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "imv-noord-holland-2019-2022");
        previous.GetProperty("status").GetString().ShouldBe("verlengd");
        previous.GetProperty("periode").GetProperty("verlengdTot").GetInt32().ShouldBe(2023);
    }

    [Fact]
    public async Task One_plan_has_its_priorities_sub_themes_goals_and_activities()
    {
        var plan = await GetJsonAsync("/api/v1/plannen/imv-noord-holland-2024-2027");

        var priorities = plan.GetProperty("prioriteiten").EnumerateArray().ToList();
        priorities.Count.ShouldBe(4);
        var undermining = priorities.Single(p => p.GetProperty("slug").GetString() == "ondermijning");
        var subThemes = undermining.GetProperty("deelthemas").EnumerateArray().ToList();
        subThemes.Count.ShouldBe(4);
        var drugs = subThemes.Single(s => s.GetProperty("slug").GetString() == "drugsproductie-en-logistiek");
        drugs.GetProperty("activiteiten").EnumerateArray().Count(a => a.GetProperty("soort").GetString() == "deelproject").ShouldBe(6);
        var money = subThemes.Single(s => s.GetProperty("slug").GetString() == "criminele-geldstromen");
        var measurable = money.GetProperty("doelen").EnumerateArray().Single(g => g.GetProperty("meetbaar").GetBoolean());
        measurable.GetProperty("streefwaarde").GetDecimal().ShouldBe(25m);
        var youth = priorities.Single(p => p.GetProperty("slug").GetString() == "jeugd-en-veiligheid");
        var youthActionLines = youth.GetProperty("activiteiten").EnumerateArray()
            .Concat(youth.GetProperty("deelthemas").EnumerateArray().SelectMany(s => s.GetProperty("activiteiten").EnumerateArray()))
            .Count(a => a.GetProperty("soort").GetString() == "actielijn");
        youthActionLines.ShouldBe(4);
        plan.GetProperty("hoofdstukken").GetArrayLength().ShouldBeGreaterThan(5);
        plan.GetProperty("vorigPlan").GetString().ShouldBe("imv-noord-holland-2019-2022");
    }

    [Fact]
    public async Task An_unknown_plan_is_a_404_problem_in_Dutch()
    {
        var problem = await GetJsonAsync("/api/v1/plannen/bestaat-niet", HttpStatusCode.NotFound);

        problem.GetProperty("title").GetString().ShouldBe("Plan niet gevonden");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_both_endpoints()
    {
        var document = await GetJsonAsync("/api/v1/openapi.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/plannen");
        paths.ShouldContain("/api/v1/plannen/{slug}");
    }
}
