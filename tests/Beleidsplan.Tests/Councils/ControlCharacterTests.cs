using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

[Collection(CouncilSite.Name)]
public class ControlCharacterTests(AppFactory app)
{
    [Fact]
    public async Task Control_characters_in_the_councils_text_are_left_out_instead_of_failing_the_save()
    {
        var plan = await CouncilPlan.CreateAsync(app);
        (await plan.SendAsync(await TestUsers.SignedInAsync(app, Role.Redacteur))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Bloemendaal");

        var (_, form) = await gemeente.GetAsync(plan.Hearing(CouncilPlan.Bloemendaal));

        var (response, page) = await gemeente.SubmitMultipartAsync(form, new Dictionary<string, string> // the form's enctype: NUL gets through
        {
            ["Input.Outcome"] = "geen-wensen-en-bedenkingen",
            ["Input.DecidedOn"] = "2023-09-28",
            ["Input.OutcomeText"] = "De raad heeft\u0000 geen wensen\u0001 en bedenkingen.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page.QuerySelector("main")?.TextContent);
        var text = await app.WithDbAsync(db => db.CouncilHearings.Where(h => h.PlanId == plan.PlanId && h.Municipality!.CbsCode == CouncilPlan.Bloemendaal)
            .Select(h => h.OutcomeText).SingleAsync());
        text.ShouldBe("De raad heeft geen wensen en bedenkingen.");
    }
}
