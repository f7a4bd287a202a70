using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Demo;

[Collection(DemoCycleSite.Name)]
public class ConsultationImportTests(AppFactory app)
{
    private const string Versions = """
        versies:
          - label: 70%-versie
            datum: 2027-06-18
            wijzigingen:
              - deelthema: veilig/wijken
                veld: watGaanWeDoen
                vervang: met bewoners
                door: met partners
          - label: Vastgesteld
            datum: 2027-11-10
            gepubliceerd: true
        """;

    private const string Round = """
        rondes:
          - titel: Consultatie 70%-versie
            versie: 70%-versie
            opent: 2027-06-18
            sluit: 2027-07-13
            gesloten: {op: 2027-08-01, door: Werkgroep}
            genodigden:
              - {groep: burgemeesters, naam: Burgemeester van Velsen, email: bm.velsen@example.nl, organisatie: Gemeente Velsen}
              - {groep: partners, naam: RIEC, email: riec@example.nl, organisatie: RIEC Noord-Holland}
            reacties:
              - sleutel: a
                genodigde: bm.velsen@example.nl
                ontvangen: 2027-07-01 10:30
                onderdeel: {deelthema: veilig/wijken}
                passage: Samenwerken met partners.
                soort: wijzigingsvoorstel
                tekst: Noem de bewoners.
                afhandeling:
                  status: verwerkt
                  gewijzigdIn: {versie: Vastgesteld, deelthema: veilig/wijken}
              - sleutel: b
                genodigde: riec@example.nl
                via: e-mail
                geregistreerdDoor: Werkgroep
                ontvangen: 2027-07-20
                soort: instemming
                tekst: Eens.
                afhandeling: {status: kennisgeving}
        """;

    [Fact]
    public async Task A_round_is_stored_with_hashed_tokens_fixed_keys_parts_late_reactions_and_handling()
    {
        using var folder = new ContentFolder(app, "ronde-geldig").WithPlan().Write("versies.yaml", Versions).Write("consultatie.yaml", Round);

        await folder.LoadAsync();

        var round = await app.WithDbAsync(db => db.ConsultationRounds.Include(r => r.PlanVersion).Include(r => r.Invitees)
            .Include(r => r.Reactions).ThenInclude(r => r.ChangedInVersion).SingleAsync(r => r.Plan!.Slug == folder.Slug));
        round.PlanVersion!.Label.ShouldBe("70%-versie");
        round.IsClosed.ShouldBeTrue();
        round.Invitees.ShouldAllBe(i => i.TokenHash.Length == 64 && i.OrganisationId != null);
        var reactions = round.Reactions.OrderBy(r => r.Id).ToList();
        var (proposal, late) = (reactions[0], reactions[1]);
        proposal.Part.Kind.ShouldBe(PartKind.SubTheme);
        proposal.PartTitle.ShouldEndWith(" › Deelthema: Wijken"); // named as a reaction through a form names it
        proposal.Passage.ShouldBe("Samenwerken met partners.");
        proposal.InviteeId.ShouldNotBeNull();
        proposal.Handling.ShouldBe(HandlingStatus.Processed);
        proposal.ChangedInVersion!.Label.ShouldBe("Vastgesteld");
        proposal.ChangedPartKind.ShouldBe(PartKind.SubTheme);
        proposal.HandledBy.ShouldBe("Werkgroep");
        proposal.IsLate.ShouldBeFalse();
        late.IsLate.ShouldBeTrue();
        late.Source.ShouldBe(ReactionSource.Email);
        late.RegisteredBy.ShouldBe("Werkgroep");
        late.Part.ShouldBe(ReactionPart.WholePlan);
        proposal.SubmissionKey.ShouldNotBe(late.SubmissionKey);
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To.EndsWith("@example.nl")))).ShouldBe(0); // demo links are not mailed
    }

    [Fact]
    public async Task Bad_references_and_handlings_fail_the_import_naming_file_round_and_field()
    {
        using var folder = new ContentFolder(app, "ronde-fout").WithPlan().Write("versies.yaml", Versions).Write("consultatie.yaml", """
            rondes:
              - titel: Ronde
                versie: 50%-versie
                opent: 2027-06-18
                sluit: 2027-06-01
                genodigden:
                  - {groep: wethouders, naam: Wethouder, email: geen-adres, organisatie: Gemeente Nergens}
              - titel: Ronde twee
                versie: 70%-versie
                opent: 2027-06-18
                sluit: 2027-07-13
                gesloten: {op: 2027-08-01, door: Werkgroep}
                reacties:
                  - sleutel: x
                    genodigde: onbekend@example.nl
                    ontvangen: 2027-07-01
                    onderdeel: {deelthema: veilig/straten}
                    soort: vraag
                    tekst: Waarom?
                    afhandeling: {status: niet-verwerkt}
                  - sleutel: x
                    naam: Iemand
                    via: persoonlijke-link
                    ontvangen: 2027-07-02
                    onderdeel: {hoofdstuk: inleiding}
                    passage: Deze zin staat er niet.
                    soort: opmerking
                    tekst: Tekst.
            """.Replace("naam: Iemand", "naam: " + new string('a', 201), StringComparison.Ordinal));

        var errors = string.Join('\n', await folder.ErrorsAsync());

        var file = folder.File("consultatie.yaml");
        errors.ShouldContain($"{file}: veld 'rondes[1].versie': versie '50%-versie' staat niet in versies.yaml; kies uit '70%-versie', 'Vastgesteld'.");
        errors.ShouldContain($"{file}: rondes[1]: De uiterste datum ligt voor de openingsdatum.");
        errors.ShouldContain($"{file}: veld 'rondes[1].genodigden[1].groep' heeft de onbekende waarde 'wethouders'");
        errors.ShouldContain($"{file}: veld 'rondes[1].genodigden[1].email': 'geen-adres' is geen geldig e-mailadres.");
        errors.ShouldContain($"{file}: veld 'rondes[1].genodigden[1].organisatie': organisatie 'Gemeente Nergens' staat niet bij de organisaties van de eenheid.");
        errors.ShouldContain($"{file}: veld 'rondes[2].reacties[1].genodigde': 'onbekend@example.nl' staat niet bij de genodigden van deze ronde.");
        errors.ShouldContain($"{file}: rondes[2].reacties[1].onderdeel: deelthema 'veilig/straten' bestaat niet in deze versie.");
        errors.ShouldContain($"{file}: rondes[2].reacties[1].afhandeling: Geef de reden waarom de reactie niet is verwerkt.");
        errors.ShouldContain($"{file}: rondes[2].reacties[2].passage: de tekst 'Deze zin staat er niet.' staat niet in hoofdstuk 'inleiding' van versie '70%-versie'.");
        errors.ShouldContain($"{file}: rondes[2].gesloten: 2 reacties hebben nog geen afhandeling.");
        errors.ShouldContain($"{file}: rondes[2].reacties[2].via: een reactie via een persoonlijke link hoort bij een genodigde; noem die met 'genodigde'.");
        errors.ShouldContain($"{file}: de sleutel 'x' komt bij meer dan één reactie voor.");
        errors.ShouldContain($"{file}: veld 'rondes[2].reacties[2].naam' is langer dan 200 tekens.");
        (await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Slug == folder.Slug))).ShouldBeFalse();
    }
}
