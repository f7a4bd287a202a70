using System.Net;
using System.Text.RegularExpressions;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public partial class InvitationTests(AppFactory app)
{
    private const string Invite = "/werkruimte/gebruikers/uitnodigen";

    [GeneratedRegex(@"https://\S+(/uitnodiging\?code=[0-9a-f]+)")]
    private static partial Regex InvitationLink();

    private async Task<int> IdAsync(string table, string name) => table switch
    {
        "unit" => await app.WithDbAsync(db => db.PoliceUnits.Where(u => u.Slug == name).Select(u => u.Id).SingleAsync()),
        "municipality" => await app.WithDbAsync(db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> InviteAsync(
        Browser beheerder, string email, string role, int unitId, int? municipalityId = null)
    {
        var (_, form) = await beheerder.GetAsync(Invite);
        return await beheerder.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Role"] = role,
            ["UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MunicipalityId"] = municipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });
    }

    private async Task<string> LinkSentToAsync(string email)
    {
        var body = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        return InvitationLink().Match(body).Groups[1].Value;
    }

    [Fact]
    public async Task A_beheerder_invites_a_gemeente_user_who_sets_a_password_once_and_is_signed_in()
    {
        var beheerder = await TestUsers.SignedInAsync(app, Role.Beheerder);
        var email = $"{Guid.NewGuid():N}@haarlem.example.nl";

        var (_, sent) = await InviteAsync(beheerder, email, "Gemeente", await IdAsync("unit", "noord-holland"), await IdAsync("municipality", "Haarlem"));

        sent.QuerySelector("[role=status]")!.TextContent.ShouldContain($"verstuurd naar {email}");
        var link = await LinkSentToAsync(email);
        var invitee = new Browser(app);
        var (_, form) = await invitee.GetAsync(link);
        form.QuerySelector("main p")!.TextContent.ShouldContain("gemeente");
        var (created, _) = await invitee.SubmitAsync(form, new Dictionary<string, string>
        {
            ["DisplayName"] = "Gerda Gemeente",
            ["Password"] = "haarlem-spaarne-lang-genoeg",
            ["Repeat"] = "haarlem-spaarne-lang-genoeg",
        });
        created.Headers.Location!.ToString().ShouldBe("/werkruimte");
        var (_, workspace) = await invitee.GetAsync("/werkruimte");
        workspace.QuerySelector(".membership")!.TextContent.ShouldContain("gemeente · Eenheid Noord-Holland · Haarlem");

        var (_, reused) = await new Browser(app).GetAsync(link);
        reused.QuerySelector("[role=alert]")!.TextContent.ShouldContain("al gebruikt");
    }

    [Fact]
    public async Task An_expired_or_unknown_invitation_gives_a_clear_message()
    {
        var beheerder = await TestUsers.SignedInAsync(app, Role.Beheerder);
        var email = $"{Guid.NewGuid():N}@example.nl";
        await InviteAsync(beheerder, email, "Redacteur", await IdAsync("unit", "noord-holland"));
        var link = await LinkSentToAsync(email);
        await app.WithDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email);
            invitation.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        var (_, expired) = await new Browser(app).GetAsync(link);
        var (_, unknown) = await new Browser(app).GetAsync("/uitnodiging?code=0123456789abcdef");

        expired.QuerySelector("[role=alert]")!.TextContent.ShouldContain("verlopen");
        unknown.QuerySelector("[role=alert]")!.TextContent.ShouldContain("bestaat niet");
    }

    [Fact]
    public async Task Only_a_beheerder_may_invite()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, page) = await redacteur.GetAsync(Invite);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Geen toegang");
    }

    [Theory]
    [InlineData("other-unit")]
    [InlineData("municipality-of-other-unit")]
    public async Task A_tampered_unit_or_municipality_id_is_forbidden_and_invites_nobody(string tampering)
    {
        var beheerder = await TestUsers.SignedInAsync(app, Role.Beheerder, unitSlug: "noord-nederland");
        var email = $"{Guid.NewGuid():N}@example.nl";
        var (unitId, municipalityId) = tampering == "other-unit"
            ? (await IdAsync("unit", "noord-holland"), (int?)null)
            : (await IdAsync("unit", "noord-nederland"), await IdAsync("municipality", "Haarlem"));

        var (response, _) = await InviteAsync(beheerder, email, "Gemeente", unitId, municipalityId);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email))).ShouldBeFalse();
        (await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_gemeente_invitation_without_a_municipality_is_refused_at_the_field()
    {
        var beheerder = await TestUsers.SignedInAsync(app, Role.Beheerder);

        var (response, page) = await InviteAsync(beheerder, $"{Guid.NewGuid():N}@example.nl", "Gemeente", await IdAsync("unit", "noord-holland"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll(".form__error").Select(e => e.TextContent).ShouldContain("Een gemeentegebruiker hoort bij één gemeente.");
    }
}
