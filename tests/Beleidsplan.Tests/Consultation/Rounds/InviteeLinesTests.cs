using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Tests.Consultation.Rounds;

public class InviteeLinesTests
{
    [Theory]
    [InlineData("Jan Jansen <jan@example.nl>", "Jan Jansen", "jan@example.nl", null)]
    [InlineData("\"Jansen, Jan\" <Jan@Example.NL>", "Jansen, Jan", "jan@example.nl", null)]
    [InlineData("Jan Jansen; jan@example.nl; Gemeente Haarlem", "Jan Jansen", "jan@example.nl", "Gemeente Haarlem")]
    [InlineData("Jan Jansen; jan@example.nl", "Jan Jansen", "jan@example.nl", null)]
    [InlineData("Jan Jansen\tjan@example.nl\tRIEC", "Jan Jansen", "jan@example.nl", "RIEC")]
    public void A_good_line_gives_the_person(string line, string name, string email, string? organisation)
    {
        var (people, problems) = InviteeLines.Parse(line);

        problems.ShouldBeEmpty();
        people.ShouldHaveSingleItem().ShouldBe(new InviteeLine(1, name, email, organisation));
    }

    [Theory]
    [InlineData("jan@example.nl", "Regel 1: schrijf ‘Naam <e-mailadres>’ of ‘Naam; e-mailadres; organisatie’.")]
    [InlineData("<jan@example.nl>", "Regel 1: de naam ontbreekt.")]
    [InlineData("Jan; ", "Regel 1: het e-mailadres ontbreekt.")]
    [InlineData("Jan; jan at example.nl", "Regel 1: ‘jan at example.nl’ is geen geldig e-mailadres.")]
    [InlineData("Jan; jan@localhost", "Regel 1: ‘jan@localhost’ is geen geldig e-mailadres.")]
    [InlineData("Jan; a@b.nl; c; d", "Regel 1: schrijf ‘Naam <e-mailadres>’ of ‘Naam; e-mailadres; organisatie’.")]
    [InlineData("", "Plak een of meer regels met een naam en een e-mailadres.")]
    public void A_bad_line_is_named_with_what_is_wrong(string line, string problem)
    {
        var (people, problems) = InviteeLines.Parse(line);

        people.ShouldBeEmpty();
        problems.ShouldBe([problem]);
    }

    [Fact]
    public void A_repeated_or_already_listed_address_is_refused_by_line()
    {
        var (people, problems) = InviteeLines.Parse("A <a@example.nl>\n\nB <B@example.nl>\nA2 <A@EXAMPLE.NL>", new HashSet<string> { "b@example.nl" });

        people.Select(p => p.Email).ShouldBe(["a@example.nl"]);
        problems.ShouldBe(["Regel 3: b@example.nl staat al op de lijst van deze ronde.", "Regel 4: a@example.nl staat ook al op regel 1."]);
    }

    [Fact]
    public void Too_many_lines_are_refused_at_once() =>
        InviteeLines.Parse(string.Join('\n', Enumerable.Range(0, InviteeLines.MaxLines + 1).Select(i => $"P{i} <p{i}@example.nl>")))
            .Problems.ShouldBe(["Dat zijn te veel regels: ten hoogste 1000 per keer."]);
}
