using System.Net;
using System.Net.Http.Headers;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class DocumentTests(AppFactory app)
{
    [Fact]
    public async Task A_decision_keeps_its_document_which_the_workspace_history_links_to()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031));
        var (_, form) = await redacteur.GetAsync($"{Decisions(slug)}/nieuw/ontwerp");
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in FormSubmission.Values(form))
        {
            body.Add(new StringContent(name == "Input.DecidedOn" ? "2027-08-15" : value), name);
        }

        var file = new ByteArrayContent("Besluitenlijst RBOP\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        body.Add(file, "Input.Document", "besluitenlijst.txt");

        var response = await redacteur.Client.PostAsync($"{Decisions(slug)}/nieuw/ontwerp", body);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var decision = (await StoredDecisionsAsync(app, slug)).ShouldHaveSingleItem();
        decision.DocumentId.ShouldNotBeNull();
        var (_, list) = await redacteur.GetAsync(Decisions(slug));
        var link = list.QuerySelector($"table.decisions-table a[href='/werkruimte/plannen/{slug}/bijlagen/{decision.DocumentId}']")!;
        link.TextContent.ShouldBe("besluitenlijst.txt");
        (await redacteur.Client.GetAsync(link.GetAttribute("href"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
