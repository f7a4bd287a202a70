using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Rounds.RoundSteps;

namespace Beleidsplan.Tests.Consultation.Rounds;

[Collection(RoundsSite.Name)]
public partial class InviteeTests(AppFactory app)
{
    private static string Invitees(int round) => $"{Round(round)}/genodigden";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<List<ConsultationInvitee>> InviteesAsync(int round) =>
        app.WithDbAsync(db => db.ConsultationInvitees.AsNoTracking().Where(i => i.RoundId == round).OrderBy(i => i.Id).ToListAsync());

    private Task<List<string>> MailsToAsync(string email) =>
        app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());

    [GeneratedRegex("https://localhost/reageren/(?<token>[0-9a-f]+)")]
    private static partial Regex PersonalLink();

    [Fact]
    public async Task Organisations_are_invited_through_the_people_who_work_for_them_and_one_without_contacts_is_named()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var round = await SeedRoundAsync(app);
        var official = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Haarlem");
        var haarlem = await Administration.OrganisationIdAsync(app, "noord-holland", "Gemeente Haarlem");
        var lonely = await app.WithDbAsync(async db =>
        {
            var unit = await db.PoliceUnits.Where(u => u.Slug == "noord-holland").Select(u => u.Id).SingleAsync();
            var organisation = new Organisation { PoliceUnitId = unit, Name = $"Stichting zonder contact {Guid.NewGuid():N}", Kind = OrganisationKind.CarePartner };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });
        var (_, page) = await redacteur.GetAsync(Invitees(round));
        page.QuerySelector($"label[for='organisatie-{lonely.Id}']")!.TextContent.ShouldContain("geen contactpersoon bekend");

        var (added, _) = await redacteur.PostAsync(page, "form#organisaties",
            ("OrganisationsGroup", nameof(AudienceGroup.PublicOrderOfficials)), ("OrganisationIds", Id(haarlem)), ("OrganisationIds", Id(lonely.Id)));

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var invitee = (await InviteesAsync(round)).Single(i => i.Email == official);
        (invitee.Group, invitee.OrganisationId, invitee.OrganisationName, invitee.SentAt).ShouldBe((AudienceGroup.PublicOrderOfficials, haarlem, "Gemeente Haarlem", null));
        var (_, after) = await redacteur.GetAsync(Invitees(round));
        after.QuerySelector(".notice")!.TextContent.ShouldContain($"Geen contactpersoon bekend bij {lonely.Name}");
        var row = after.QuerySelector($"tr.invitee-row[data-email='{official}']")!;
        row.TextContent.ShouldContain("Ambtenaren openbare orde en veiligheid");
        row.QuerySelector(".invitee-sent")!.TextContent.ShouldBe("nog niet");

        var (again, againPage) = await redacteur.PostAsync(after, "form#organisaties",
            ("OrganisationsGroup", nameof(AudienceGroup.Mayors)), ("OrganisationIds", Id(haarlem)));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var skipped = againPage.QuerySelector("form#organisaties p.form__error")!.TextContent;
        skipped.ShouldStartWith("Al op de lijst, dus niet nog eens toegevoegd: ");
        skipped.ShouldContain(official);
        (await InviteesAsync(round)).Count(i => i.Email == official).ShouldBe(1);

        var (noGroup, noGroupPage) = await redacteur.PostAsync(after, "form#organisaties", ("OrganisationIds", Id(haarlem)));
        noGroup.StatusCode.ShouldBe(HttpStatusCode.OK);
        noGroupPage.QuerySelector("[data-valmsg-for='OrganisationsGroup']")!.TextContent.ShouldBe("Kies een groep.");
    }

    [Fact]
    public async Task Pasted_people_are_added_all_or_nothing_with_each_bad_line_and_duplicate_named()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var round = await SeedRoundAsync(app);
        var haarlem = await Administration.OrganisationIdAsync(app, "noord-holland", "Gemeente Haarlem");
        var (_, page) = await redacteur.GetAsync(Invitees(round));
        const string good = "Anna de Vries <Anna.de.Vries@Example.nl>\nPiet Jansen; piet@example.nl; gemeente haarlem\n\nKees Bakker\tkees@example.nl\tStichting Buurtwerk";

        var (refused, refusedPage) = await redacteur.PostAsync(page, "form#personen", ("PeopleGroup", nameof(AudienceGroup.Partners)),
            ("Lines", good + "\nAlleen een naam\nJoke; joke@voorbeeld\nPiet Jansen; PIET@example.nl"));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedPage.QuerySelectorAll("#lines-errors li").Select(li => li.TextContent).ShouldBe([
            "Regel 5: schrijf ‘Naam <e-mailadres>’ of ‘Naam; e-mailadres; organisatie’.",
            "Regel 6: ‘joke@voorbeeld’ is geen geldig e-mailadres.",
            "Regel 7: piet@example.nl staat ook al op regel 2.",
        ]);
        refusedPage.QuerySelector("#Lines")!.TextContent.ShouldContain("Alleen een naam");
        (await InviteesAsync(round)).ShouldBeEmpty();

        var (added, _) = await redacteur.PostAsync(page, "form#personen", ("PeopleGroup", nameof(AudienceGroup.Partners)), ("Lines", good));

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var invitees = await InviteesAsync(round);
        invitees.Select(i => (i.Name, i.Email, i.OrganisationId, i.OrganisationName, i.Group)).ShouldBe([
            ("Anna de Vries", "anna.de.vries@example.nl", null, null, AudienceGroup.Partners),
            ("Piet Jansen", "piet@example.nl", haarlem, "Gemeente Haarlem", AudienceGroup.Partners),
            ("Kees Bakker", "kees@example.nl", null, "Stichting Buurtwerk", AudienceGroup.Partners),
        ], ignoreOrder: true);
        invitees.Select(i => i.TokenHash).Distinct().Count().ShouldBe(3);

        var (duplicate, duplicatePage) = await redacteur.PostAsync(page, "form#personen", ("PeopleGroup", nameof(AudienceGroup.Mayors)),
            ("Lines", "Nieuw Iemand <nieuw@example.nl>\nA. de Vries <ANNA.DE.VRIES@example.nl>"));
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        duplicatePage.QuerySelectorAll("#lines-errors li").Select(li => li.TextContent)
            .ShouldBe(["Regel 2: anna.de.vries@example.nl staat al op de lijst van deze ronde."]);
        (await InviteesAsync(round)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Sending_queues_one_mail_per_invitee_with_a_personal_link_and_resending_replaces_the_link()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var round = await SeedRoundAsync(app, title: "Consultatie op de 70%-versie");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var emails = new[] { $"burgemeester-{suffix}@example.nl", $"hovj-{suffix}@example.nl" };
        var (_, page) = await redacteur.GetAsync(Invitees(round));
        await redacteur.PostAsync(page, "form#personen", ("PeopleGroup", nameof(AudienceGroup.Mayors)),
            ("Lines", $"Burgemeester <{emails[0]}>\nHoofdofficier <{emails[1]}>"));
        var (_, list) = await redacteur.GetAsync(Invitees(round));
        var selected = list.QuerySelectorAll("form#versturen input[name=Send]:checked").Select(i => i.GetAttribute("value")!).ToList();
        selected.Count.ShouldBe(2, "the invitees not yet invited are ticked");
        var versionLabel = await app.WithDbAsync(db => db.ConsultationRounds.Where(r => r.Id == round).Select(r => r.PlanVersion!.Label).SingleAsync());

        var (sent, _) = await redacteur.PostAsync(list, "form#versturen", [.. selected.Select(s => ("Send", s))]);

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var invitees = await InviteesAsync(round);
        foreach (var invitee in invitees)
        {
            var body = (await MailsToAsync(invitee.Email)).ShouldHaveSingleItem();
            var token = PersonalLink().Match(body).Groups["token"].Value;
            LinkToken.Hash(token).ShouldBe(invitee.TokenHash);
            invitee.SentAt.ShouldNotBeNull();
            body.ShouldContain(versionLabel);
            body.ShouldContain("31 december 2026");
            body.ShouldContain("geen account");
            body.ShouldContain("Lees vooral het hoofdstuk over ondermijning.");
        }

        var (_, afterSending) = await redacteur.GetAsync(Invitees(round));
        afterSending.QuerySelectorAll("form#versturen input[name=Send]:checked").ShouldBeEmpty();
        var first = invitees.Single(i => i.Email == emails[0]);
        var oldToken = PersonalLink().Match((await MailsToAsync(first.Email))[0]).Groups["token"].Value;

        var (resent, _) = await redacteur.PostAsync(afterSending, "form#versturen", ("Send", Id(first.Id)));

        resent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mails = await MailsToAsync(first.Email);
        mails.Count.ShouldBe(2);
        var newToken = PersonalLink().Match(mails[1]).Groups["token"].Value;
        newToken.ShouldNotBe(oldToken);
        var hashes = (await InviteesAsync(round)).Select(i => i.TokenHash).ToList();
        hashes.ShouldContain(LinkToken.Hash(newToken));
        hashes.ShouldNotContain(LinkToken.Hash(oldToken), "the old link no longer leads anywhere");
        (await MailsToAsync(emails[1])).Count.ShouldBe(1, "only the chosen invitee got a new mail");
    }

    [Fact]
    public async Task Sending_to_nobody_asks_to_choose_and_an_invitee_without_reactions_can_be_removed()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var round = await SeedRoundAsync(app);
        var email = $"weg-{Guid.NewGuid():N}@example.nl";
        var (_, page) = await redacteur.GetAsync(Invitees(round));
        await redacteur.PostAsync(page, "form#personen", ("PeopleGroup", nameof(AudienceGroup.Other)), ("Lines", $"Weg Persoon; {email}"));
        var (_, list) = await redacteur.GetAsync(Invitees(round));
        var outbox = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());

        var (nobody, nobodyPage) = await redacteur.PostAsync(list, "form#versturen");

        nobody.StatusCode.ShouldBe(HttpStatusCode.OK);
        nobodyPage.QuerySelector("form#versturen .form__error")!.TextContent.ShouldBe("Kies wie u wilt uitnodigen.");
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync())).ShouldBe(outbox);

        var remove = list.QuerySelector($"tr.invitee-row[data-email='{email}'] button")!;
        var form = list.QuerySelector("form#versturen")!;
        var action = form.GetAttribute("action")!.Replace("handler=Versturen", "handler=Verwijderen", StringComparison.Ordinal);
        remove.GetAttribute("formaction").ShouldBe("?handler=Verwijderen");
        var (removed, _) = await Browser.ReadAsync(await redacteur.Client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["id"] = remove.GetAttribute("value")!,
        })));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InviteesAsync(round)).ShouldBeEmpty();
    }
}
